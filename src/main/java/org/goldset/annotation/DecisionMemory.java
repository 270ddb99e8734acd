package org.goldset.annotation;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What analysts have taught Goldset across the corpus: which strings they accepted with which label,
 * and how often they rejected each (string, label) pair. Recomputed only when the decision history
 * has grown, so asking for it per document is cheap.
 *
 * <p>The evidence is counted per unit, a (document, span, label), once however many layers hold it
 * (decision 017): a unit's curated gold decides it when there is one; otherwise the analysts' layers
 * (and the shared one) decide it only when they agree. An accept by one analyst and a reject by
 * another is no evidence either way, so one analyst's habit cannot teach the engines against the
 * team's.
 *
 * <p>One rejection is about that mention (it stays rejected and blocks only its own span and
 * label). A string stops being suggested with a label everywhere only on evidence: rejected
 * {@value #REJECTIONS_TO_STOP} times or more and never accepted with that label. Those pairs are
 * reported by every suggestion run, so the analyst sees why a string is no longer proposed.
 */
@Component
public class DecisionMemory {

    /** Rejections (with no accept) after which a string is no longer suggested with that label. */
    public static final int REJECTIONS_TO_STOP = 3;

    /**
     * Each unit's verdict, then the covered strings by label and verdict. SQLite's substr counts
     * characters, i.e. code points, like our offsets (1-based start); so does PostgreSQL's.
     */
    private static final String COVERED_TEXT_BY_STATUS = """
            with units as (
                select m.document_id, m.start_offset, m.end_offset, m.label,
                       max(case when m.layer = '@gold' then m.status end) as gold,
                       sum(case when m.layer <> '@gold' and m.status = 'ACCEPTED' then 1 else 0 end) as accepts,
                       sum(case when m.layer <> '@gold' and m.status = 'REJECTED' then 1 else 0 end) as rejects
                from entity_mention m
                where m.status in ('ACCEPTED', 'REJECTED')
                group by m.document_id, m.start_offset, m.end_offset, m.label),
            verdicts as (
                select document_id, start_offset, end_offset, label,
                       case when gold is not null then gold
                            when accepts > 0 and rejects = 0 then 'ACCEPTED'
                            when rejects > 0 and accepts = 0 then 'REJECTED' end as verdict
                from units)
            select substr(d.text, v.start_offset + 1, v.end_offset - v.start_offset) as covered, v.label,
                   v.verdict as status, count(*) as mentions
            from verdicts v join document d on d.id = v.document_id
            where v.verdict is not null
            group by covered, v.label, v.verdict""";

    private final JdbcTemplate jdbc;
    private volatile Snapshot snapshot = new Snapshot(-1, Map.of(), Map.of());

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
        Map<TextLabel, Integer> rejected = new HashMap<>();
        jdbc.query(COVERED_TEXT_BY_STATUS, row -> {
            String covered = row.getString("covered");
            String label = row.getString("label");
            if ("ACCEPTED".equals(row.getString("status"))) {
                accepted.computeIfAbsent(covered, key -> new HashSet<>()).add(label);
            } else {
                rejected.put(new TextLabel(covered, label), row.getInt("mentions"));
            }
        });
        Snapshot fresh = new Snapshot(lastDecision, accepted, rejected);
        snapshot = fresh;
        return fresh;
    }

    /** A covered string with a label. */
    public record TextLabel(String text, String label) {
    }

    /** A string no longer suggested with a label, and the evidence. */
    public record Suppression(String text, String label, int rejections) {

        /** "'Trump' as PERSON: 3 rejections, 0 accepts — no longer suggested". */
        public String describe() {
            return "'" + text + "' as " + label + ": " + rejections + " rejections, 0 accepts — no longer suggested";
        }
    }

    /** Accepted labels per string, and rejection counts per pair, as of one point in the decision history. */
    public record Snapshot(long lastDecisionId, Map<String, Set<String>> acceptedLabels,
                           Map<TextLabel, Integer> rejections) {

        /** True when the evidence says this string is not this label anywhere (see the class comment). */
        public boolean isSuppressed(String text, String label) {
            return rejections.getOrDefault(new TextLabel(text, label), 0) >= REJECTIONS_TO_STOP
                    && !acceptedLabels.getOrDefault(text, Set.of()).contains(label);
        }

        public List<Suppression> suppressions() {
            return rejections.entrySet().stream()
                    .filter(entry -> isSuppressed(entry.getKey().text(), entry.getKey().label()))
                    .map(entry -> new Suppression(entry.getKey().text(), entry.getKey().label(), entry.getValue()))
                    .sorted(Comparator.comparing(Suppression::text).thenComparing(Suppression::label))
                    .toList();
        }
    }
}
