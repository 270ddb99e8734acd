package org.goldset.annotation;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What analysts have taught Goldset about event triggers: which words they accepted as a trigger of
 * which event type, and how often they rejected each (word, type) pair. The same evidence rules as
 * {@link DecisionMemory} for entities: one verdict per unit (document, trigger span, type), the
 * curated gold first, else the layers when they agree; a word stops being suggested as a type only
 * after {@value DecisionMemory#REJECTIONS_TO_STOP} rejections and no accept, so a single rejection
 * never removes the correct suggestions elsewhere. Trigger words are compared in lower case.
 */
@Component
public class TriggerMemory {

    private static final String TRIGGER_TEXT_BY_STATUS = """
            with units as (
                select e.document_id, e.trigger_start, e.trigger_end, e.event_type,
                       max(case when e.layer = '@gold' then e.status end) as gold,
                       sum(case when e.layer <> '@gold' and e.status = 'ACCEPTED' then 1 else 0 end) as accepts,
                       sum(case when e.layer <> '@gold' and e.status = 'REJECTED' then 1 else 0 end) as rejects
                from event e
                where e.status in ('ACCEPTED', 'REJECTED')
                group by e.document_id, e.trigger_start, e.trigger_end, e.event_type),
            verdicts as (
                select document_id, trigger_start, trigger_end, event_type,
                       case when gold is not null then gold
                            when accepts > 0 and rejects = 0 then 'ACCEPTED'
                            when rejects > 0 and accepts = 0 then 'REJECTED' end as verdict
                from units)
            select substr(d.text, v.trigger_start + 1, v.trigger_end - v.trigger_start) as covered, v.event_type,
                   v.verdict as status, count(*) as mentions
            from verdicts v join document d on d.id = v.document_id
            where v.verdict is not null
            group by covered, v.event_type, v.verdict""";

    private final JdbcTemplate jdbc;
    private volatile Snapshot snapshot = new Snapshot(-1, Map.of(), Map.of());

    TriggerMemory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Snapshot current() {
        Long lastDecision = jdbc.queryForObject("select coalesce(max(id), 0) from decision", Long.class);
        Snapshot known = snapshot;
        if (known.lastDecisionId() == lastDecision) {
            return known;
        }
        Map<String, Map<String, Integer>> accepted = new HashMap<>();
        Map<DecisionMemory.TextLabel, Integer> rejected = new HashMap<>();
        jdbc.query(TRIGGER_TEXT_BY_STATUS, row -> {
            String words = normalise(row.getString("covered"));
            String type = row.getString("event_type");
            if ("ACCEPTED".equals(row.getString("status"))) {
                accepted.computeIfAbsent(words, key -> new HashMap<>()).merge(type, row.getInt("mentions"), Integer::sum);
            } else {
                rejected.merge(new DecisionMemory.TextLabel(words, type), row.getInt("mentions"), Integer::sum);
            }
        });
        Snapshot fresh = new Snapshot(lastDecision, accepted, rejected);
        snapshot = fresh;
        return fresh;
    }

    /** Lower case, one space between words: how trigger words are compared. */
    public static String normalise(String trigger) {
        return trigger.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Accepted mentions per trigger word(s) and type, and rejection counts per pair. */
    public record Snapshot(long lastDecisionId, Map<String, Map<String, Integer>> acceptedTypes,
                           Map<DecisionMemory.TextLabel, Integer> rejections) {

        /** True when analysts rejected this word as this type often enough and never accepted it. */
        public boolean isSuppressed(String trigger, String type) {
            String words = normalise(trigger);
            return rejections.getOrDefault(new DecisionMemory.TextLabel(words, type), 0) >= DecisionMemory.REJECTIONS_TO_STOP
                    && !acceptedTypes.getOrDefault(words, Map.of()).containsKey(type);
        }
    }
}
