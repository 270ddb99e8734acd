-- Agreement at scale (docs/benchmarks.md, "Agreement at 10,000 articles"). Run on a COPY of the
-- migrated 100,000-article database: sqlite3 COPY.db < docs/eval/agreement-bench.sql (it changes the copy).
-- Three analysts finish the first 10,000 documents: a1 accepts the suggestions as they are; a2 leaves
-- out every 7th mention and relabels every 5th; a3 ends every 3rd mention one character early and
-- leaves out every 4th event. Events and arguments follow their entities.
.timer on
DELETE FROM layer_state;
CREATE TEMP TABLE analyst (name TEXT);
INSERT INTO analyst VALUES ('a1'), ('a2'), ('a3');
CREATE TEMP TABLE chosen AS SELECT id FROM document ORDER BY id LIMIT 10000;
INSERT INTO layer_state (document_id, layer, state, started_at, finished_at, active_at)
    SELECT c.id, a.name, 'DONE', '2026-11-30T10:00:00Z', '2026-11-30T11:00:00Z', '2026-11-30T11:00:00Z'
    FROM chosen c, analyst a;
INSERT INTO entity_mention (document_id, layer, copied_from, start_offset, end_offset, label, status, origin_kind,
        created_at, version)
    SELECT m.document_id, a.name, m.id, m.start_offset,
           CASE WHEN a.name = 'a3' AND m.id % 3 = 0 AND m.end_offset - m.start_offset > 1 THEN m.end_offset - 1
                ELSE m.end_offset END,
           CASE WHEN a.name = 'a2' AND m.id % 5 = 0 THEN 'LOCATION' ELSE m.label END,
           'ACCEPTED', 'MANUAL', m.created_at, 0
    FROM entity_mention m JOIN chosen c ON c.id = m.document_id, analyst a
    WHERE m.layer = '@base' AND NOT (a.name = 'a2' AND m.id % 7 = 0);
INSERT INTO event (document_id, layer, copied_from, event_type, trigger_start, trigger_end, status, origin_kind,
        created_at, version)
    SELECT e.document_id, a.name, e.id, e.event_type, e.trigger_start, e.trigger_end, 'ACCEPTED', 'MANUAL',
           e.created_at, 0
    FROM event e JOIN chosen c ON c.id = e.document_id, analyst a
    WHERE e.layer = '@base' AND NOT (a.name = 'a3' AND e.id % 4 = 0);
INSERT INTO event_argument (event_id, role, entity_mention_id, status, origin_kind, created_at, version)
    SELECT copy.id, x.role, filler.id, 'ACCEPTED', 'MANUAL', x.created_at, 0
    FROM event copy JOIN event_argument x ON x.event_id = copy.copied_from
    JOIN entity_mention filler ON filler.copied_from = x.entity_mention_id AND filler.layer = copy.layer
    WHERE copy.layer IN ('a1', 'a2', 'a3');
SELECT layer, count(*) FROM entity_mention WHERE layer LIKE 'a_' GROUP BY layer;
SELECT count(*) FROM event_argument a JOIN event e ON e.id = a.event_id WHERE e.layer LIKE 'a_';
