-- PostgreSQL twin of sqlite/V11__curation.sql. Curation (decision 019). Every annotation of the gold can say how it was reached: a JSON object
-- such as {"how":"unanimous","analysts":["ana","bo"]} or {"how":"chosen","curator":"cy","version_of":"ana",
-- "analysts":["ana"]}; NULL where nobody curated (the shared layer, the analysts' own layers).
ALTER TABLE entity_mention ADD COLUMN provenance TEXT;
ALTER TABLE event ADD COLUMN provenance TEXT;
ALTER TABLE event_argument ADD COLUMN provenance TEXT;

-- One row per document that reached curation: how many of its gold units the analysts did not all
-- agree on, and how many of those are still undecided. The curation queue is ordered by open_units.
CREATE TABLE curation (
    document_id BIGINT PRIMARY KEY REFERENCES document (id) ON DELETE CASCADE,
    differences INTEGER NOT NULL DEFAULT 0 CHECK (differences >= 0),
    open_units  INTEGER NOT NULL DEFAULT 0 CHECK (open_units >= 0),
    analysts    TEXT    NOT NULL,
    started_at  TEXT    NOT NULL,
    curator     TEXT,
    finished_at TEXT
);

CREATE INDEX curation_by_open ON curation (open_units DESC, document_id);
