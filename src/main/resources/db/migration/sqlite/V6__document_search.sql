-- Full-text search over the documents list's words: ids, titles, outlets and article text. An
-- external-content FTS5 index: the words are indexed, the text itself stays only in `document`
-- (snippets are cut from there). unicode61 folds case and, with remove_diacritics 2, accents, so
-- "Qasem" finds "QASEM" and "Qāsem".
CREATE VIRTUAL TABLE document_search USING fts5(
    external_id, title, outlet, text,
    content = 'document', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

INSERT INTO document_search (document_search) VALUES ('rebuild');

CREATE TRIGGER document_search_added AFTER INSERT ON document
BEGIN
    INSERT INTO document_search (rowid, external_id, title, outlet, text)
    VALUES (NEW.id, NEW.external_id, NEW.title, NEW.outlet, NEW.text);
END;

CREATE TRIGGER document_search_removed AFTER DELETE ON document
BEGIN
    INSERT INTO document_search (document_search, rowid, external_id, title, outlet, text)
    VALUES ('delete', OLD.id, OLD.external_id, OLD.title, OLD.outlet, OLD.text);
END;

-- The text never changes (V1); the other indexed columns may.
CREATE TRIGGER document_search_renamed AFTER UPDATE OF external_id, title, outlet ON document
BEGIN
    INSERT INTO document_search (document_search, rowid, external_id, title, outlet, text)
    VALUES ('delete', OLD.id, OLD.external_id, OLD.title, OLD.outlet, OLD.text);
    INSERT INTO document_search (rowid, external_id, title, outlet, text)
    VALUES (NEW.id, NEW.external_id, NEW.title, NEW.outlet, NEW.text);
END;

-- The list's annotation filters ("documents with an accepted PERSON", "pending ATTACK", "pending
-- from engine X") read these instead of scanning every annotation. The document comes before the
-- status so that one index serves both ways of asking: all documents with a label (in document
-- order, status checked inside the index) and "does this document have one" (label, document).
CREATE INDEX entity_mention_by_label ON entity_mention (label, document_id, status);
CREATE INDEX entity_mention_by_engine ON entity_mention (engine_id, document_id, status)
    WHERE engine_id IS NOT NULL;
CREATE INDEX event_by_type ON event (event_type, document_id, status);
CREATE INDEX event_by_engine ON event (engine_id, document_id, status) WHERE engine_id IS NOT NULL;

-- Sorting the list by title reads the first page from here instead of sorting every title.
CREATE INDEX document_by_title ON document (lower(title), id);
