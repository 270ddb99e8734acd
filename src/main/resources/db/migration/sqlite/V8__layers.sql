-- Layers (issue 13, decision 016). Every entity mention and event belongs to one layer of its
-- document: '@base' (engine suggestions and imported annotations, shared), '@gold' (what export
-- writes), or an analyst's own layer, named by their user name (user names never start with '@').
-- An analyst's layer starts as a copy of '@base' the first time they open the document; copied_from
-- keeps the row it was copied from, so layers can be compared unit by unit.
ALTER TABLE entity_mention ADD COLUMN layer TEXT NOT NULL DEFAULT '@base' CHECK (length(layer) BETWEEN 1 AND 65);
ALTER TABLE entity_mention ADD COLUMN copied_from INTEGER;
ALTER TABLE event ADD COLUMN layer TEXT NOT NULL DEFAULT '@base' CHECK (length(layer) BETWEEN 1 AND 65);
ALTER TABLE event ADD COLUMN copied_from INTEGER;

DROP INDEX entity_mention_by_document;
CREATE INDEX entity_mention_by_layer ON entity_mention (document_id, layer, start_offset);
DROP INDEX entity_mention_external_id;
CREATE UNIQUE INDEX entity_mention_external_id ON entity_mention (document_id, layer, external_id)
    WHERE external_id IS NOT NULL;
DROP INDEX event_by_document;
CREATE INDEX event_by_layer ON event (document_id, layer, trigger_start);
DROP INDEX event_external_id;
CREATE UNIQUE INDEX event_external_id ON event (document_id, layer, external_id) WHERE external_id IS NOT NULL;

CREATE INDEX entity_mention_copied_from ON entity_mention (copied_from) WHERE copied_from IS NOT NULL;
CREATE INDEX event_copied_from ON event (copied_from) WHERE copied_from IS NOT NULL;

-- An argument links an event and an entity of the same layer.
CREATE TRIGGER event_argument_same_layer BEFORE INSERT ON event_argument
    WHEN (SELECT layer FROM event WHERE id = NEW.event_id)
         IS NOT (SELECT layer FROM entity_mention WHERE id = NEW.entity_mention_id)
BEGIN
    SELECT RAISE(ABORT, 'an event argument must point at an entity of the event''s layer');
END;

-- Each analyst's work on a document: NEW (assigned), IN_PROGRESS (opened), DONE (finished).
CREATE TABLE layer_state (
    document_id INTEGER NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    layer       TEXT    NOT NULL CHECK (length(layer) BETWEEN 1 AND 65),
    state       TEXT    NOT NULL CHECK (state IN ('NEW', 'IN_PROGRESS', 'DONE')),
    started_at  TEXT,
    finished_at TEXT,
    PRIMARY KEY (document_id, layer)
);

CREATE INDEX layer_state_by_layer ON layer_state (layer, state, document_id);

-- The tally per layer: the documents list shows the counts of the layer its reader works in.
DROP TRIGGER document_tally_new_document;
DROP TRIGGER document_tally_entity_added;
DROP TRIGGER document_tally_entity_removed;
DROP TRIGGER document_tally_entity_decided;
DROP TRIGGER document_tally_event_added;
DROP TRIGGER document_tally_event_removed;
DROP TRIGGER document_tally_event_decided;
DROP TABLE document_tally;

CREATE TABLE document_tally (
    document_id    INTEGER NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    layer          TEXT    NOT NULL,
    pending        INTEGER NOT NULL DEFAULT 0,
    accepted       INTEGER NOT NULL DEFAULT 0,
    rejected       INTEGER NOT NULL DEFAULT 0,
    events         INTEGER NOT NULL DEFAULT 0,
    pending_events INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (document_id, layer)
);

INSERT INTO document_tally (document_id, layer) SELECT id, '@base' FROM document;
UPDATE document_tally SET
    pending = (SELECT count(*) FROM entity_mention m WHERE m.document_id = document_tally.document_id AND m.status = 'PENDING'),
    accepted = (SELECT count(*) FROM entity_mention m WHERE m.document_id = document_tally.document_id AND m.status = 'ACCEPTED'),
    rejected = (SELECT count(*) FROM entity_mention m WHERE m.document_id = document_tally.document_id AND m.status = 'REJECTED'),
    events = (SELECT count(*) FROM event e WHERE e.document_id = document_tally.document_id),
    pending_events = (SELECT count(*) FROM event e WHERE e.document_id = document_tally.document_id AND e.status = 'PENDING');

CREATE TRIGGER document_tally_new_document AFTER INSERT ON document
BEGIN
    INSERT INTO document_tally (document_id, layer) VALUES (NEW.id, '@base');
END;

CREATE TRIGGER document_tally_entity_added AFTER INSERT ON entity_mention
BEGIN
    INSERT INTO document_tally (document_id, layer) VALUES (NEW.document_id, NEW.layer) ON CONFLICT DO NOTHING;
    UPDATE document_tally SET pending = pending + (NEW.status = 'PENDING'),
                              accepted = accepted + (NEW.status = 'ACCEPTED'),
                              rejected = rejected + (NEW.status = 'REJECTED')
    WHERE document_id = NEW.document_id AND layer = NEW.layer;
END;

CREATE TRIGGER document_tally_entity_removed AFTER DELETE ON entity_mention
BEGIN
    UPDATE document_tally SET pending = pending - (OLD.status = 'PENDING'),
                              accepted = accepted - (OLD.status = 'ACCEPTED'),
                              rejected = rejected - (OLD.status = 'REJECTED')
    WHERE document_id = OLD.document_id AND layer = OLD.layer;
END;

CREATE TRIGGER document_tally_entity_decided AFTER UPDATE OF status ON entity_mention
    WHEN NEW.status IS NOT OLD.status
BEGIN
    UPDATE document_tally SET pending = pending + (NEW.status = 'PENDING') - (OLD.status = 'PENDING'),
                              accepted = accepted + (NEW.status = 'ACCEPTED') - (OLD.status = 'ACCEPTED'),
                              rejected = rejected + (NEW.status = 'REJECTED') - (OLD.status = 'REJECTED')
    WHERE document_id = NEW.document_id AND layer = NEW.layer;
END;

CREATE TRIGGER document_tally_event_added AFTER INSERT ON event
BEGIN
    INSERT INTO document_tally (document_id, layer) VALUES (NEW.document_id, NEW.layer) ON CONFLICT DO NOTHING;
    UPDATE document_tally SET events = events + 1, pending_events = pending_events + (NEW.status = 'PENDING')
    WHERE document_id = NEW.document_id AND layer = NEW.layer;
END;

CREATE TRIGGER document_tally_event_removed AFTER DELETE ON event
BEGIN
    UPDATE document_tally SET events = events - 1, pending_events = pending_events - (OLD.status = 'PENDING')
    WHERE document_id = OLD.document_id AND layer = OLD.layer;
END;

CREATE TRIGGER document_tally_event_decided AFTER UPDATE OF status ON event
    WHEN NEW.status IS NOT OLD.status
BEGIN
    UPDATE document_tally SET pending_events = pending_events + (NEW.status = 'PENDING') - (OLD.status = 'PENDING')
    WHERE document_id = NEW.document_id AND layer = NEW.layer;
END;

-- What was done before layers: every annotation stays in '@base' (the first analyst to open a
-- document continues from it), and the documents already DONE get their gold: a copy of '@base'.
INSERT INTO document_tally (document_id, layer) SELECT id, '@gold' FROM document WHERE status = 'DONE';
INSERT INTO entity_mention (document_id, layer, copied_from, external_id, start_offset, end_offset, label, status,
                            origin_kind, engine_id, engine_version, score, decided_by, decided_at, canonical_name,
                            kb_id, created_at, version, engines, alternatives)
SELECT m.document_id, '@gold', m.id, m.external_id, m.start_offset, m.end_offset, m.label, m.status, m.origin_kind,
       m.engine_id, m.engine_version, m.score, m.decided_by, m.decided_at, m.canonical_name, m.kb_id, m.created_at, 0,
       m.engines, m.alternatives
FROM entity_mention m JOIN document d ON d.id = m.document_id
WHERE d.status = 'DONE' AND m.layer = '@base';

INSERT INTO event (document_id, layer, copied_from, external_id, event_type, trigger_start, trigger_end, status,
                   origin_kind, engine_id, engine_version, score, decided_by, decided_at, created_at, version)
SELECT e.document_id, '@gold', e.id, e.external_id, e.event_type, e.trigger_start, e.trigger_end, e.status,
       e.origin_kind, e.engine_id, e.engine_version, e.score, e.decided_by, e.decided_at, e.created_at, 0
FROM event e JOIN document d ON d.id = e.document_id
WHERE d.status = 'DONE' AND e.layer = '@base';

INSERT INTO event_attribute (event_id, attr_key, attr_value)
SELECT copy.id, a.attr_key, a.attr_value
FROM event copy JOIN event_attribute a ON a.event_id = copy.copied_from
WHERE copy.layer = '@gold';

INSERT INTO event_argument (event_id, role, entity_mention_id, status, origin_kind, engine_id, engine_version, score,
                            decided_by, decided_at, created_at, version)
SELECT copy.id, a.role, entity.id, a.status, a.origin_kind, a.engine_id, a.engine_version, a.score, a.decided_by,
       a.decided_at, a.created_at, 0
FROM event copy
JOIN event_argument a ON a.event_id = copy.copied_from
JOIN entity_mention entity ON entity.copied_from = a.entity_mention_id AND entity.layer = '@gold'
WHERE copy.layer = '@gold';
