-- Merged suggestions keep every engine that proposed them (engines) and the other labels engines
-- proposed for the same span (alternatives), both as JSON arrays; NULL for analyst and imported
-- annotations.
ALTER TABLE entity_mention ADD COLUMN engines TEXT;
ALTER TABLE entity_mention ADD COLUMN alternatives TEXT;
