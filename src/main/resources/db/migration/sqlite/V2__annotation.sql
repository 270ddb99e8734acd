-- Annotations. Offsets count Unicode code points, end exclusive (docs/decisions/001).
-- origin_kind says where an annotation came from: an engine (with id, version and score), an
-- analyst (MANUAL) or an imported file (IMPORTED).
CREATE TABLE entity_mention (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    document_id    INTEGER NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    external_id    TEXT,
    start_offset   INTEGER NOT NULL CHECK (start_offset >= 0),
    end_offset     INTEGER NOT NULL,
    label          TEXT    NOT NULL CHECK (length(label) BETWEEN 1 AND 40),
    status         TEXT    NOT NULL CHECK (status IN ('PENDING', 'ACCEPTED', 'REJECTED')),
    origin_kind    TEXT    NOT NULL CHECK (origin_kind IN ('ENGINE', 'MANUAL', 'IMPORTED')),
    engine_id      TEXT,
    engine_version TEXT,
    score          REAL,
    decided_by     TEXT,
    decided_at     TEXT,
    canonical_name TEXT,
    kb_id          TEXT,
    created_at     TEXT    NOT NULL,
    version        INTEGER NOT NULL DEFAULT 0,
    CHECK (end_offset > start_offset),
    CHECK ((origin_kind = 'ENGINE') = (engine_id IS NOT NULL))
);

CREATE INDEX entity_mention_by_document ON entity_mention (document_id, start_offset);
CREATE UNIQUE INDEX entity_mention_external_id ON entity_mention (document_id, external_id)
    WHERE external_id IS NOT NULL;

CREATE TABLE event (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    document_id    INTEGER NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    external_id    TEXT,
    event_type     TEXT    NOT NULL CHECK (length(event_type) BETWEEN 1 AND 40),
    trigger_start  INTEGER NOT NULL CHECK (trigger_start >= 0),
    trigger_end    INTEGER NOT NULL,
    status         TEXT    NOT NULL CHECK (status IN ('PENDING', 'ACCEPTED', 'REJECTED')),
    origin_kind    TEXT    NOT NULL CHECK (origin_kind IN ('ENGINE', 'MANUAL', 'IMPORTED')),
    engine_id      TEXT,
    engine_version TEXT,
    score          REAL,
    decided_by     TEXT,
    decided_at     TEXT,
    created_at     TEXT    NOT NULL,
    version        INTEGER NOT NULL DEFAULT 0,
    CHECK (trigger_end > trigger_start),
    CHECK ((origin_kind = 'ENGINE') = (engine_id IS NOT NULL))
);

CREATE INDEX event_by_document ON event (document_id, trigger_start);
CREATE UNIQUE INDEX event_external_id ON event (document_id, external_id) WHERE external_id IS NOT NULL;

-- Attributes such as modality (asserted/negated/hypothetical/planned) or a normalized time;
-- values are JSON so that they round-trip exactly.
CREATE TABLE event_attribute (
    event_id   INTEGER NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    attr_key   TEXT    NOT NULL,
    attr_value TEXT    NOT NULL,
    PRIMARY KEY (event_id, attr_key)
);

CREATE TABLE event_argument (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id          INTEGER NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    role              TEXT    NOT NULL CHECK (length(role) BETWEEN 1 AND 40),
    entity_mention_id INTEGER NOT NULL REFERENCES entity_mention (id) ON DELETE CASCADE,
    status            TEXT    NOT NULL CHECK (status IN ('PENDING', 'ACCEPTED', 'REJECTED')),
    origin_kind       TEXT    NOT NULL CHECK (origin_kind IN ('ENGINE', 'MANUAL', 'IMPORTED')),
    engine_id         TEXT,
    engine_version    TEXT,
    score             REAL,
    decided_by        TEXT,
    decided_at        TEXT,
    created_at        TEXT    NOT NULL,
    version           INTEGER NOT NULL DEFAULT 0,
    CHECK ((origin_kind = 'ENGINE') = (engine_id IS NOT NULL))
);

CREATE INDEX event_argument_by_event ON event_argument (event_id);
CREATE INDEX event_argument_by_entity ON event_argument (entity_mention_id);
