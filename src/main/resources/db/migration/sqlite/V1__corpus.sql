-- Documents: the article text is stored exactly as imported and never changes afterwards, because
-- every annotation offset (in Unicode code points) points into it.
CREATE TABLE document (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    external_id  TEXT    NOT NULL UNIQUE CHECK (length(external_id) BETWEEN 1 AND 200),
    title        TEXT    NOT NULL,
    text         TEXT    NOT NULL,
    text_hash    TEXT    NOT NULL UNIQUE,          -- SHA-256 of the UTF-8 text: duplicate detection
    text_length  INTEGER NOT NULL CHECK (text_length >= 0), -- in code points
    outlet       TEXT,
    byline       TEXT,
    published_on TEXT,                             -- ISO-8601 date
    url          TEXT,
    source_file  TEXT,
    status       TEXT    NOT NULL DEFAULT 'NEW' CHECK (status IN ('NEW', 'IN_REVIEW', 'DONE')),
    imported_at  TEXT    NOT NULL,
    version      INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX document_by_status ON document (status);

CREATE TRIGGER document_text_never_changes
    BEFORE UPDATE OF text, text_hash, text_length ON document
    WHEN NEW.text IS NOT OLD.text OR NEW.text_hash IS NOT OLD.text_hash OR NEW.text_length IS NOT OLD.text_length
BEGIN
    SELECT RAISE(ABORT, 'a document''s text never changes after import');
END;

-- Free key/values from the source (JSONL "meta"), each value kept as JSON so it round-trips exactly.
CREATE TABLE document_metadata (
    document_id INTEGER NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    meta_key    TEXT    NOT NULL,
    meta_value  TEXT    NOT NULL,
    PRIMARY KEY (document_id, meta_key)
);
