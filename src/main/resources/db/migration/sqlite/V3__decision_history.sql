-- Every change to a document's status or an annotation, appended and never rewritten, so that any
-- annotation's story can be shown and any decision undone. before_state / after_state hold JSON
-- snapshots of the changed row; batch_id groups the rows of one bulk action (undone together).
-- No foreign keys on purpose: the history must outlive the rows it describes.
CREATE TABLE decision (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    decided_at   TEXT    NOT NULL,
    actor        TEXT    NOT NULL,
    document_id  INTEGER NOT NULL,
    target_kind  TEXT    NOT NULL CHECK (target_kind IN ('DOCUMENT', 'ENTITY', 'EVENT', 'ARGUMENT')),
    target_id    INTEGER NOT NULL,
    action       TEXT    NOT NULL,
    before_state TEXT,
    after_state  TEXT,
    batch_id     TEXT
);

CREATE INDEX decision_by_target ON decision (target_kind, target_id);
CREATE INDEX decision_by_document ON decision (document_id, id);

CREATE TRIGGER decision_history_is_append_only_update BEFORE UPDATE ON decision
BEGIN
    SELECT RAISE(ABORT, 'the decision history is append-only');
END;

CREATE TRIGGER decision_history_is_append_only_delete BEFORE DELETE ON decision
BEGIN
    SELECT RAISE(ABORT, 'the decision history is append-only');
END;
