-- PostgreSQL twin of sqlite/V5__document_tally.sql: each document's annotations by status, kept by
-- triggers on every write of an entity mention or event.
CREATE TABLE document_tally (
    document_id    BIGINT PRIMARY KEY REFERENCES document (id) ON DELETE CASCADE,
    pending        BIGINT NOT NULL DEFAULT 0,
    accepted       BIGINT NOT NULL DEFAULT 0,
    rejected       BIGINT NOT NULL DEFAULT 0,
    events         BIGINT NOT NULL DEFAULT 0,
    pending_events BIGINT NOT NULL DEFAULT 0
);

INSERT INTO document_tally (document_id, pending, accepted, rejected, events, pending_events)
SELECT d.id,
       (SELECT count(*) FROM entity_mention m WHERE m.document_id = d.id AND m.status = 'PENDING'),
       (SELECT count(*) FROM entity_mention m WHERE m.document_id = d.id AND m.status = 'ACCEPTED'),
       (SELECT count(*) FROM entity_mention m WHERE m.document_id = d.id AND m.status = 'REJECTED'),
       (SELECT count(*) FROM event e WHERE e.document_id = d.id),
       (SELECT count(*) FROM event e WHERE e.document_id = d.id AND e.status = 'PENDING')
FROM document d;

CREATE FUNCTION document_tally_new_document() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO document_tally (document_id) VALUES (NEW.id);
    RETURN NULL;
END $$;

CREATE TRIGGER document_tally_new_document AFTER INSERT ON document
    FOR EACH ROW EXECUTE FUNCTION document_tally_new_document();

-- One function for every entity write: it takes back what the old row counted and adds the new one.
CREATE FUNCTION document_tally_entity() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE document_tally SET pending = pending - (OLD.status = 'PENDING')::int,
                                  accepted = accepted - (OLD.status = 'ACCEPTED')::int,
                                  rejected = rejected - (OLD.status = 'REJECTED')::int
        WHERE document_id = OLD.document_id;
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        UPDATE document_tally SET pending = pending + (NEW.status = 'PENDING')::int,
                                  accepted = accepted + (NEW.status = 'ACCEPTED')::int,
                                  rejected = rejected + (NEW.status = 'REJECTED')::int
        WHERE document_id = NEW.document_id;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER document_tally_entity_added AFTER INSERT ON entity_mention
    FOR EACH ROW EXECUTE FUNCTION document_tally_entity();
CREATE TRIGGER document_tally_entity_removed AFTER DELETE ON entity_mention
    FOR EACH ROW EXECUTE FUNCTION document_tally_entity();
CREATE TRIGGER document_tally_entity_decided AFTER UPDATE OF status ON entity_mention
    FOR EACH ROW WHEN (NEW.status IS DISTINCT FROM OLD.status) EXECUTE FUNCTION document_tally_entity();

CREATE FUNCTION document_tally_event() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE document_tally SET events = events - 1, pending_events = pending_events - (OLD.status = 'PENDING')::int
        WHERE document_id = OLD.document_id;
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        UPDATE document_tally SET events = events + 1, pending_events = pending_events + (NEW.status = 'PENDING')::int
        WHERE document_id = NEW.document_id;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER document_tally_event_added AFTER INSERT ON event
    FOR EACH ROW EXECUTE FUNCTION document_tally_event();
CREATE TRIGGER document_tally_event_removed AFTER DELETE ON event
    FOR EACH ROW EXECUTE FUNCTION document_tally_event();
CREATE TRIGGER document_tally_event_decided AFTER UPDATE OF status ON event
    FOR EACH ROW WHEN (NEW.status IS DISTINCT FROM OLD.status) EXECUTE FUNCTION document_tally_event();
