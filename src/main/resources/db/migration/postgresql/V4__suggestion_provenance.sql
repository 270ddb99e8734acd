-- PostgreSQL twin of sqlite/V4__suggestion_provenance.sql.
ALTER TABLE entity_mention ADD COLUMN engines TEXT;
ALTER TABLE entity_mention ADD COLUMN alternatives TEXT;
