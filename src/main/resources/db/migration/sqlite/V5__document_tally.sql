-- Each document's annotations by status, kept by the database itself: triggers count every insert,
-- delete and status change of an entity mention or event, whichever code path wrote it (the review
-- screen through JPA, a bulk import through JDBC, an undo through plain SQL). The documents list then
-- reads one row per document instead of scanning millions of annotations.
CREATE TABLE document_tally (
    document_id    INTEGER PRIMARY KEY REFERENCES document (id) ON DELETE CASCADE,
    pending        INTEGER NOT NULL DEFAULT 0,
    accepted       INTEGER NOT NULL DEFAULT 0,
    rejected       INTEGER NOT NULL DEFAULT 0,
    events         INTEGER NOT NULL DEFAULT 0,
    pending_events INTEGER NOT NULL DEFAULT 0
);

INSERT INTO document_tally (document_id, pending, accepted, rejected, events, pending_events)
SELECT d.id,
       (SELECT count(*) FROM entity_mention m WHERE m.document_id = d.id AND m.status = 'PENDING'),
       (SELECT count(*) FROM entity_mention m WHERE m.document_id = d.id AND m.status = 'ACCEPTED'),
       (SELECT count(*) FROM entity_mention m WHERE m.document_id = d.id AND m.status = 'REJECTED'),
       (SELECT count(*) FROM event e WHERE e.document_id = d.id),
       (SELECT count(*) FROM event e WHERE e.document_id = d.id AND e.status = 'PENDING')
FROM document d;

CREATE TRIGGER document_tally_new_document AFTER INSERT ON document
BEGIN
    INSERT INTO document_tally (document_id) VALUES (NEW.id);
END;

CREATE TRIGGER document_tally_entity_added AFTER INSERT ON entity_mention
BEGIN
    UPDATE document_tally SET pending = pending + (NEW.status = 'PENDING'),
                              accepted = accepted + (NEW.status = 'ACCEPTED'),
                              rejected = rejected + (NEW.status = 'REJECTED')
    WHERE document_id = NEW.document_id;
END;

CREATE TRIGGER document_tally_entity_removed AFTER DELETE ON entity_mention
BEGIN
    UPDATE document_tally SET pending = pending - (OLD.status = 'PENDING'),
                              accepted = accepted - (OLD.status = 'ACCEPTED'),
                              rejected = rejected - (OLD.status = 'REJECTED')
    WHERE document_id = OLD.document_id;
END;

CREATE TRIGGER document_tally_entity_decided AFTER UPDATE OF status ON entity_mention
    WHEN NEW.status IS NOT OLD.status
BEGIN
    UPDATE document_tally SET pending = pending + (NEW.status = 'PENDING') - (OLD.status = 'PENDING'),
                              accepted = accepted + (NEW.status = 'ACCEPTED') - (OLD.status = 'ACCEPTED'),
                              rejected = rejected + (NEW.status = 'REJECTED') - (OLD.status = 'REJECTED')
    WHERE document_id = NEW.document_id;
END;

CREATE TRIGGER document_tally_event_added AFTER INSERT ON event
BEGIN
    UPDATE document_tally SET events = events + 1, pending_events = pending_events + (NEW.status = 'PENDING')
    WHERE document_id = NEW.document_id;
END;

CREATE TRIGGER document_tally_event_removed AFTER DELETE ON event
BEGIN
    UPDATE document_tally SET events = events - 1, pending_events = pending_events - (OLD.status = 'PENDING')
    WHERE document_id = OLD.document_id;
END;

CREATE TRIGGER document_tally_event_decided AFTER UPDATE OF status ON event
    WHEN NEW.status IS NOT OLD.status
BEGIN
    UPDATE document_tally SET pending_events = pending_events + (NEW.status = 'PENDING') - (OLD.status = 'PENDING')
    WHERE document_id = NEW.document_id;
END;
