package org.goldset.annotation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What analysts have taught Goldset across the corpus: which strings they accepted with which label,
 * and which (string, label) pairs they rejected. Recomputed only when the decision history has grown,
 * so asking for it per document is cheap.
 */
@Component
public class DecisionMemory {

    /** SQLite's substr counts characters, i.e. code points, like our offsets (1-based start). */
    private static final String COVERED_TEXT_BY_STATUS = """
            select substr(d.text, m.start_offset + 1, m.end_offset - m.start_offset) as covered, m.label, m.status
            from entity_mention m join document d on d.id = m.document_id
            where m.status in ('ACCEPTED', 'REJECTED')
            group by covered, m.label, m.status""";

    private final JdbcTemplate jdbc;
    private volatile Snapshot snapshot = new Snapshot(-1, Map.of(), Set.of());

    DecisionMemory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Snapshot current() {
        Long lastDecision = jdbc.queryForObject("select coalesce(max(id), 0) from decision", Long.class);
        Snapshot known = snapshot;
        if (known.lastDecisionId == lastDecision) {
            return known;
        }
        Map<String, Set<String>> accepted = new HashMap<>();
        Set<TextLabel> rejected = new HashSet<>();
        jdbc.query(COVERED_TEXT_BY_STATUS, row -> {
            String covered = row.getString("covered");
            String label = row.getString("label");
            if ("ACCEPTED".equals(row.getString("status"))) {
                accepted.computeIfAbsent(covered, key -> new HashSet<>()).add(label);
            } else {
                rejected.add(new TextLabel(covered, label));
            }
        });
        Snapshot fresh = new Snapshot(lastDecision, accepted, rejected);
        snapshot = fresh;
        return fresh;
    }

    /** A covered string with a label. */
    public record TextLabel(String text, String label) {
    }

    /** Accepted labels per string, and rejected pairs, as of one point in the decision history. */
    public record Snapshot(long lastDecisionId, Map<String, Set<String>> acceptedLabels, Set<TextLabel> rejected) {

        public boolean isRejected(String text, String label) {
            return rejected.contains(new TextLabel(text, label));
        }
    }
}
