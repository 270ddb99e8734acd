package org.goldset.curation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import org.goldset.annotation.AnnotationStatus;
import org.goldset.annotation.Layers;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The rows curation works on for one document: those of its gold and of the analysts' finished
 * layers, read in three queries whatever their number. Offsets in code points.
 */
record LayerRows(List<String> analysts, List<EntityRow> entities, List<EventRow> events, List<ArgumentRow> arguments) {

    record EntityRow(long id, String layer, int start, int end, String label, AnnotationStatus status,
                     String provenance, Long copiedFrom) {
    }

    record EventRow(long id, String layer, int start, int end, String type, AnnotationStatus status,
                    String provenance, Long copiedFrom) {
    }

    record ArgumentRow(long id, long eventId, String role, long entityId, AnnotationStatus status, String provenance) {
    }

    /** The analysts who finished their layer of the document, by name. */
    static List<String> finishedAnalysts(NamedParameterJdbcTemplate jdbc, long documentId) {
        return jdbc.queryForList("SELECT layer FROM layer_state WHERE document_id = :document AND state = 'DONE'"
                + " AND layer NOT LIKE '@%' ORDER BY layer", new MapSqlParameterSource("document", documentId), String.class);
    }

    static LayerRows read(NamedParameterJdbcTemplate jdbc, long documentId) {
        List<String> analysts = finishedAnalysts(jdbc, documentId);
        List<String> layers = new ArrayList<>(analysts);
        layers.add(Layers.GOLD);
        MapSqlParameterSource params = new MapSqlParameterSource("document", documentId).addValue("layers", layers);
        List<EntityRow> entities = jdbc.query("""
                SELECT id, layer, start_offset, end_offset, label, status, provenance, copied_from FROM entity_mention
                WHERE document_id = :document AND layer IN (:layers) ORDER BY start_offset, end_offset, id""", params,
                (row, n) -> new EntityRow(row.getLong(1), row.getString(2), row.getInt(3), row.getInt(4), row.getString(5),
                        AnnotationStatus.valueOf(row.getString(6)), row.getString(7), nullableLong(row.getLong(8), row.wasNull())));
        List<EventRow> events = jdbc.query("""
                SELECT id, layer, trigger_start, trigger_end, event_type, status, provenance, copied_from FROM event
                WHERE document_id = :document AND layer IN (:layers) ORDER BY trigger_start, trigger_end, id""", params,
                (row, n) -> new EventRow(row.getLong(1), row.getString(2), row.getInt(3), row.getInt(4), row.getString(5),
                        AnnotationStatus.valueOf(row.getString(6)), row.getString(7), nullableLong(row.getLong(8), row.wasNull())));
        List<ArgumentRow> arguments = jdbc.query("""
                SELECT a.id, a.event_id, a.role, a.entity_mention_id, a.status, a.provenance
                FROM event_argument a JOIN event e ON e.id = a.event_id
                WHERE e.document_id = :document AND e.layer IN (:layers) ORDER BY a.id""", params,
                (row, n) -> new ArgumentRow(row.getLong(1), row.getLong(2), row.getString(3), row.getLong(4),
                        AnnotationStatus.valueOf(row.getString(5)), row.getString(6)));
        return new LayerRows(analysts, entities, events, arguments);
    }

    /** These rows with the gold rows' new states (status, label, provenance, an argument's filler) put in. */
    LayerRows with(List<GoldChanges.RowState> states) {
        Map<String, GoldChanges.RowState> byRow = new HashMap<>();
        states.forEach(state -> byRow.put(state.kind() + ":" + state.id(), state));
        List<EntityRow> newEntities = entities.stream().map(row -> {
            GoldChanges.RowState state = byRow.get("ENTITY:" + row.id());
            return state == null ? row : new EntityRow(row.id(), row.layer(), row.start(), row.end(), state.label(),
                    state.status(), state.provenance(), row.copiedFrom());
        }).toList();
        List<EventRow> newEvents = events.stream().map(row -> {
            GoldChanges.RowState state = byRow.get("EVENT:" + row.id());
            return state == null ? row : new EventRow(row.id(), row.layer(), row.start(), row.end(), row.type(),
                    state.status(), state.provenance(), row.copiedFrom());
        }).toList();
        List<ArgumentRow> newArguments = arguments.stream().map(row -> {
            GoldChanges.RowState state = byRow.get("ARGUMENT:" + row.id());
            return state == null ? row : new ArgumentRow(row.id(), row.eventId(), row.role(), state.entityId(),
                    state.status(), state.provenance());
        }).toList();
        return new LayerRows(analysts, newEntities, newEvents, newArguments);
    }

    private static Long nullableLong(long value, boolean wasNull) {
        return wasNull ? null : value;
    }

    Map<Long, EntityRow> entitiesById() {
        Map<Long, EntityRow> byId = new HashMap<>();
        entities.forEach(entity -> byId.put(entity.id(), entity));
        return byId;
    }

    Map<Long, EventRow> eventsById() {
        Map<Long, EventRow> byId = new HashMap<>();
        events.forEach(event -> byId.put(event.id(), event));
        return byId;
    }
}
