package org.goldset.agreement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.goldset.agreement.LayerUnits.Argument;
import org.goldset.agreement.LayerUnits.Entity;
import org.goldset.agreement.LayerUnits.Trigger;
import org.goldset.text.TextOffsets;
import org.goldset.text.Words;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How far the analysts agree (issue 14, decision 018): for every pair of analysts, over the
 * documents both finished, and pooled over all pairs. Documents are read one at a time, so the
 * memory is the counts, whatever the corpus.
 */
@PreAuthorize("hasRole('CURATOR')")
@Service
public class Agreement {

    /** Which documents count: those both analysts of a pair finished, or those both have a layer of. */
    public enum Documents { DONE, ALL }

    private final NamedParameterJdbcTemplate jdbc;

    Agreement(JdbcTemplate jdbc) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
    }

    @Transactional(readOnly = true)
    public AgreementReport compute(Documents documents) {
        Map<Long, List<String>> layersByDocument = new LinkedHashMap<>();
        jdbc.query("SELECT document_id, layer FROM layer_state WHERE layer NOT LIKE '@%'"
                        + (documents == Documents.DONE ? " AND state = 'DONE'" : "") + " ORDER BY document_id, layer",
                new MapSqlParameterSource(), row -> {
                    layersByDocument.computeIfAbsent(row.getLong(1), id -> new ArrayList<>()).add(row.getString(2));
                });
        Map<List<String>, PairTally> pairs = newPairs();
        layersByDocument.forEach((documentId, layers) -> {
            if (layers.size() >= 2) {
                compare(documentId, layers, pairs);
            }
        });
        return AgreementReport.of(documents, pairs);
    }

    /** The figures of one document: every pair of the analysts who finished it (what its curator settles). */
    @Transactional(readOnly = true)
    public AgreementReport ofDocument(long documentId) {
        List<String> layers = jdbc.queryForList("SELECT layer FROM layer_state WHERE document_id = :document"
                + " AND layer NOT LIKE '@%' AND state = 'DONE' ORDER BY layer",
                new MapSqlParameterSource("document", documentId), String.class);
        Map<List<String>, PairTally> pairs = newPairs();
        if (layers.size() >= 2) {
            compare(documentId, layers, pairs);
        }
        return AgreementReport.of(Documents.DONE, pairs);
    }

    /** Pairs of analysts (a, b), a < b, in name order. */
    private static Map<List<String>, PairTally> newPairs() {
        return new TreeMap<>((x, y) -> {
            int first = x.get(0).compareTo(y.get(0));
            return first != 0 ? first : x.get(1).compareTo(y.get(1));
        });
    }

    /** One difference between a pair's layers of a document, with the document's id and title. */
    public record Disagreement(long documentId, String title, String kind, String what, String ofA, String ofB) {
    }

    /** The first {@code limit} differences between two analysts' layers, document by document, in document order. */
    @Transactional(readOnly = true)
    public List<Disagreement> disagreements(String a, String b, Documents documents, int limit) {
        String finished = documents == Documents.DONE ? " AND x.state = 'DONE' AND y.state = 'DONE'" : "";
        List<Long> shared = jdbc.queryForList("SELECT x.document_id FROM layer_state x JOIN layer_state y"
                + " ON y.document_id = x.document_id AND y.layer = :b WHERE x.layer = :a" + finished
                + " ORDER BY x.document_id", new MapSqlParameterSource("a", a).addValue("b", b), Long.class);
        List<Disagreement> found = new ArrayList<>();
        for (long documentId : shared) {
            Map<String, Object> document = jdbc.queryForMap("SELECT title, text FROM document WHERE id = :document",
                    new MapSqlParameterSource("document", documentId));
            Map<String, LayerUnits> units = units(documentId, List.of(a, b));
            for (PairDifferences.Difference difference : PairDifferences.of(new TextOffsets((String) document.get("text")),
                    units.get(a), units.get(b))) {
                if (found.size() == limit) {
                    return found;
                }
                found.add(new Disagreement(documentId, (String) document.get("title"), difference.kind(),
                        difference.what(), difference.ofA(), difference.ofB()));
            }
        }
        return found;
    }

    private void compare(long documentId, List<String> layers, Map<List<String>, PairTally> pairs) {
        String text = jdbc.queryForObject("SELECT text FROM document WHERE id = :document",
                new MapSqlParameterSource("document", documentId), String.class);
        TextOffsets offsets = new TextOffsets(text);
        List<int[]> tokens = Words.in(text).stream()
                .map(word -> new int[] {offsets.toCodePoints(word.start()), offsets.toCodePoints(word.end())}).toList();
        Map<String, LayerUnits> units = units(documentId, layers);
        for (int i = 0; i < layers.size(); i++) {
            for (int j = i + 1; j < layers.size(); j++) {
                PairTally tally = pairs.computeIfAbsent(List.of(layers.get(i), layers.get(j)), pair -> new PairTally());
                DocumentComparison.add(tally, offsets.codePointLength(), tokens, units.get(layers.get(i)),
                        units.get(layers.get(j)));
            }
        }
    }

    /** Each layer's accepted entities, events and arguments (what the gold export would write of it). */
    private Map<String, LayerUnits> units(long documentId, List<String> layers) {
        MapSqlParameterSource query = new MapSqlParameterSource("document", documentId).addValue("layers", layers);
        Map<String, List<Entity>> entities = new HashMap<>();
        Map<String, Set<Trigger>> triggers = new HashMap<>();
        Map<String, Set<Argument>> arguments = new HashMap<>();
        jdbc.query("SELECT layer, start_offset, end_offset, label FROM entity_mention WHERE document_id = :document"
                + " AND layer IN (:layers) AND status = 'ACCEPTED'", query, row -> {
                    entities.computeIfAbsent(row.getString(1), layer -> new ArrayList<>())
                            .add(new Entity(row.getInt(2), row.getInt(3), row.getString(4)));
                });
        jdbc.query("SELECT layer, trigger_start, trigger_end, event_type FROM event WHERE document_id = :document"
                + " AND layer IN (:layers) AND status = 'ACCEPTED'", query, row -> {
                    triggers.computeIfAbsent(row.getString(1), layer -> new HashSet<>())
                            .add(new Trigger(row.getInt(2), row.getInt(3), row.getString(4)));
                });
        jdbc.query("""
                SELECT e.layer, e.trigger_start, e.trigger_end, e.event_type, a.role, m.start_offset, m.end_offset
                FROM event_argument a JOIN event e ON e.id = a.event_id JOIN entity_mention m ON m.id = a.entity_mention_id
                WHERE e.document_id = :document AND e.layer IN (:layers)
                  AND a.status = 'ACCEPTED' AND e.status = 'ACCEPTED' AND m.status = 'ACCEPTED'""", query, row -> {
                    arguments.computeIfAbsent(row.getString(1), layer -> new HashSet<>()).add(new Argument(
                            new Trigger(row.getInt(2), row.getInt(3), row.getString(4)), row.getString(5),
                            row.getInt(6), row.getInt(7)));
                });
        Map<String, LayerUnits> units = new HashMap<>();
        for (String layer : layers) {
            units.put(layer, new LayerUnits(entities.getOrDefault(layer, List.of()), triggers.getOrDefault(layer, Set.of()),
                    arguments.getOrDefault(layer, Set.of())));
        }
        return units;
    }
}
