-- PostgreSQL twin of sqlite/V6__document_search.sql. Full-text search with a generated tsvector
-- over ids, titles, outlets and text, and a GIN index on it. The configuration folds case and
-- accents and does not stem, as FTS5's unicode61 with remove_diacritics does, so both databases
-- find the same documents: "Erdogan" finds "Erdoğan". unaccent is a trusted contrib extension: the
-- database's owner may create it.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE TEXT SEARCH CONFIGURATION goldset_search (COPY = simple);
ALTER TEXT SEARCH CONFIGURATION goldset_search
    ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH unaccent, simple;

ALTER TABLE document ADD COLUMN search_words tsvector GENERATED ALWAYS AS (
    to_tsvector('goldset_search'::regconfig, coalesce(external_id, '') || ' ' || coalesce(title, '') || ' '
        || coalesce(outlet, '') || ' ' || text)) STORED;

CREATE INDEX document_search ON document USING GIN (search_words);

CREATE INDEX entity_mention_by_label ON entity_mention (label, document_id, status);
CREATE INDEX entity_mention_by_engine ON entity_mention (engine_id, document_id, status)
    WHERE engine_id IS NOT NULL;
CREATE INDEX event_by_type ON event (event_type, document_id, status);
CREATE INDEX event_by_engine ON event (engine_id, document_id, status) WHERE engine_id IS NOT NULL;

CREATE INDEX document_by_title ON document (lower(title), id);
