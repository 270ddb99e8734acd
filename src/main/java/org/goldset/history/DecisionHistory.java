package org.goldset.history;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.goldset.base.Json;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The append-only log of every decision on documents, entities, events and arguments, with JSON
 * snapshots of the row before and after. It knows nothing of what it logs: the features that own a
 * row write its snapshot, so the history sits below all of them.
 */
@Component
public class DecisionHistory {

    private static final int BATCH = 1_000;

    private final DecisionRepository decisions;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    DecisionHistory(DecisionRepository decisions, JdbcTemplate jdbc, Clock clock) {
        this.decisions = decisions;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Appends one decision, stamped now. {@code before} or {@code after} is null for a creation or a deletion. */
    public void record(long documentId, Decision.TargetKind kind, long targetId, Decision.Action action,
                       String before, String after, String actor, String batchId) {
        decisions.save(new Decision(clock.instant(), actor, documentId, kind, targetId, action, before, after, batchId));
    }

    /** One decision to append in a batch (see {@link #appendAll}). */
    public record NewDecision(long documentId, Decision.TargetKind kind, long targetId, Decision.Action action,
                              String before, String after, String actor, String batchId) {
    }

    /**
     * Appends many decisions in JDBC batches, all stamped now: what a bulk import writes, one row per
     * created annotation, without a persistence context that grows with the file.
     */
    public void appendAll(List<NewDecision> rows) {
        String now = clock.instant().toString();
        jdbc.batchUpdate("INSERT INTO decision (decided_at, actor, document_id, target_kind, target_id, action,"
                        + " before_state, after_state, batch_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows, BATCH,
                (statement, row) -> {
                    statement.setString(1, now);
                    statement.setString(2, row.actor());
                    statement.setLong(3, row.documentId());
                    statement.setString(4, row.kind().name());
                    statement.setLong(5, row.targetId());
                    statement.setString(6, row.action().name());
                    statement.setString(7, row.before());
                    statement.setString(8, row.after());
                    statement.setString(9, row.batchId());
                });
    }

    public void documentStatusChanged(long documentId, String before, String after, String actor) {
        record(documentId, Decision.TargetKind.DOCUMENT, documentId, Decision.Action.STATUS,
                Json.MAPPER.writeValueAsString(Map.of("status", before)),
                Json.MAPPER.writeValueAsString(Map.of("status", after)), actor, null);
    }

    public List<Decision> historyOf(Decision.TargetKind kind, long targetId) {
        return decisions.findByTargetKindAndTargetIdOrderById(kind, targetId);
    }

    public List<Decision> historyOfDocument(long documentId) {
        return decisions.findByDocumentIdOrderById(documentId);
    }

    /** The deletions of one kind of row in a document, oldest first. */
    public List<Decision> deletions(long documentId, Decision.TargetKind kind) {
        return decisions.findByDocumentIdAndTargetKindAndActionOrderById(documentId, kind, Decision.Action.DELETE);
    }
}
