package org.goldset.annotation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.goldset.base.InstantText;
import org.goldset.text.Span;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annotations of a range of documents exactly as stored, read in four queries (entities, events,
 * their attributes, their arguments) whatever the number of documents: what a streaming export reads
 * page by page, instead of a few queries per document and event.
 */
@Service
public class AnnotationPages {

    private static final String REVIEW_AND_ORIGIN = "status, decided_by, decided_at, origin_kind, engine_id, "
            + "engine_version, score, created_at";

    private final NamedParameterJdbcTemplate jdbc;

    AnnotationPages(JdbcTemplate jdbc) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
    }

    /** A page's annotations by document id; entities in text order, events by trigger, arguments by id. */
    public record Page(Map<Long, List<EntitySnapshot>> entities, Map<Long, List<EventSnapshot>> events,
                       Map<String, String> provenance) {

        /** How a gold entity was reached (decision 019), as stored JSON; null when nobody curated it. */
        public String entityProvenance(long id) {
            return provenance.get("T" + id);
        }

        public String eventProvenance(long id) {
            return provenance.get("E" + id);
        }

        public String argumentProvenance(long id) {
            return provenance.get("A" + id);
        }

        public List<EntitySnapshot> entitiesOf(long documentId) {
            return entities.getOrDefault(documentId, List.of());
        }

        public List<EventSnapshot> eventsOf(long documentId) {
            return events.getOrDefault(documentId, List.of());
        }
    }

    /**
     * The entities with one of {@code statuses} and the events with one of {@code statuses}, of
     * documents first..last, from one layer: {@code layer}, or when null each document's gold if it
     * is DONE and its shared {@link Layers#BASE} layer (suggestions and imported annotations) if not.
     */
    @Transactional(readOnly = true)
    public Page between(long firstDocumentId, long lastDocumentId, Collection<AnnotationStatus> statuses, String layer) {
        MapSqlParameterSource range = new MapSqlParameterSource("first", firstDocumentId)
                .addValue("last", lastDocumentId)
                .addValue("statuses", statuses.stream().map(Enum::name).toList())
                .addValue("layer", layer);
        String entityLayer = layerOf("m", layer);
        String eventLayer = layerOf("e", layer);
        Map<Long, List<EntitySnapshot>> entities = new HashMap<>();
        Map<String, String> provenance = new HashMap<>();
        jdbc.query("SELECT m.id, m.document_id, m.external_id, m.start_offset, m.end_offset, m.label, m.canonical_name,"
                + " m.kb_id, m.engines, m.alternatives, " + prefixed("m") + ", m.layer, m.copied_from, m.provenance"
                + " FROM entity_mention m JOIN document d ON d.id = m.document_id"
                + " WHERE m.document_id BETWEEN :first AND :last AND m.status IN (:statuses) AND " + entityLayer
                + " ORDER BY m.document_id, m.start_offset, m.end_offset, m.id", range, row -> {
                    entities.computeIfAbsent(row.getLong(2), id -> new ArrayList<>()).add(new EntitySnapshot(
                            row.getLong(1), row.getLong(2), row.getString(19), copiedFrom(row, 20), row.getString(3),
                            new Span(row.getInt(4), row.getInt(5)), row.getString(6), review(row, 11), origin(row, 14),
                            row.getString(7), row.getString(8), row.getString(9), row.getString(10),
                            InstantText.parse(row.getString(18)), List.of()));
                    keepProvenance(provenance, "T", row, 21);
                });
        String eventsOfLayer = " FROM event e JOIN document d ON d.id = e.document_id"
                + " WHERE e.document_id BETWEEN :first AND :last AND " + eventLayer;
        Map<Long, Map<String, String>> attributes = new HashMap<>();
        jdbc.query("SELECT a.event_id, a.attr_key, a.attr_value" + eventsOfLayer.replace(" FROM event e",
                        " FROM event_attribute a JOIN event e ON e.id = a.event_id") + " ORDER BY a.event_id, a.attr_key",
                range, row -> {
                    attributes.computeIfAbsent(row.getLong(1), id -> new LinkedHashMap<>())
                            .put(row.getString(2), row.getString(3));
                });
        Map<Long, List<ArgumentSnapshot>> arguments = new HashMap<>();
        jdbc.query("SELECT a.id, a.event_id, a.role, a.entity_mention_id, " + prefixed("a") + ", a.provenance"
                + eventsOfLayer.replace(" FROM event e", " FROM event_argument a JOIN event e ON e.id = a.event_id")
                + " ORDER BY a.event_id, a.id", range, row -> {
                    arguments.computeIfAbsent(row.getLong(2), id -> new ArrayList<>()).add(new ArgumentSnapshot(
                            row.getLong(1), row.getLong(2), row.getString(3), row.getLong(4), review(row, 5),
                            origin(row, 8), InstantText.parse(row.getString(12))));
                    keepProvenance(provenance, "A", row, 13);
                });
        Map<Long, List<EventSnapshot>> events = new HashMap<>();
        jdbc.query("SELECT e.id, e.document_id, e.external_id, e.event_type, e.trigger_start, e.trigger_end, "
                + prefixed("e") + ", e.layer, e.copied_from, e.provenance" + eventsOfLayer
                + " AND e.status IN (:statuses) ORDER BY e.document_id, e.trigger_start, e.id", range, row -> {
                    long id = row.getLong(1);
                    events.computeIfAbsent(row.getLong(2), document -> new ArrayList<>()).add(new EventSnapshot(id,
                            row.getLong(2), row.getString(15), copiedFrom(row, 16), row.getString(3), row.getString(4),
                            new Span(row.getInt(5), row.getInt(6)), review(row, 7), origin(row, 10),
                            InstantText.parse(row.getString(14)), attributes.getOrDefault(id, Map.of()),
                            arguments.getOrDefault(id, List.of())));
                    keepProvenance(provenance, "E", row, 17);
                });
        return new Page(entities, events, provenance);
    }

    /** The analysts' layers (started or finished) of documents first..last, by document, in name order. */
    @Transactional(readOnly = true)
    public Map<Long, List<String>> analystLayersBetween(long firstDocumentId, long lastDocumentId) {
        Map<Long, List<String>> layers = new HashMap<>();
        jdbc.query("SELECT document_id, layer FROM layer_state WHERE document_id BETWEEN :first AND :last"
                + " AND state IN ('IN_PROGRESS', 'DONE') ORDER BY document_id, layer",
                new MapSqlParameterSource("first", firstDocumentId).addValue("last", lastDocumentId),
                row -> { layers.computeIfAbsent(row.getLong(1), id -> new ArrayList<>()).add(row.getString(2)); });
        return layers;
    }

    /** The condition choosing the layer of the rows of {@code alias} (joined with its document as d). */
    private static String layerOf(String alias, String layer) {
        return layer != null ? alias + ".layer = :layer" : alias + ".layer = " + Layers.documentsLayerSql("d.id", "d.status");
    }

    private static String prefixed(String alias) {
        return alias + "." + REVIEW_AND_ORIGIN.replace(", ", ", " + alias + ".");
    }

    private static void keepProvenance(Map<String, String> provenance, String kind, ResultSet row, int column)
            throws SQLException {
        String value = row.getString(column);
        if (value != null) {
            provenance.put(kind + row.getLong(1), value);
        }
    }

    private static Long copiedFrom(ResultSet row, int column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    /** status, decided_by, decided_at from column {@code first} on. */
    private static ReviewState review(ResultSet row, int first) throws SQLException {
        return new ReviewState(AnnotationStatus.valueOf(row.getString(first)), row.getString(first + 1),
                InstantText.parse(row.getString(first + 2)));
    }

    /** origin_kind, engine_id, engine_version, score from column {@code first} on. */
    private static Origin origin(ResultSet row, int first) throws SQLException {
        return switch (OriginKind.valueOf(row.getString(first))) {
            case ENGINE -> Origin.engine(row.getString(first + 1), row.getString(first + 2),
                    row.getObject(first + 3) == null ? null : row.getDouble(first + 3));
            case MANUAL -> Origin.manual();
            case IMPORTED -> Origin.imported();
        };
    }
}
