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
    public record Page(Map<Long, List<EntitySnapshot>> entities, Map<Long, List<EventSnapshot>> events) {

        public List<EntitySnapshot> entitiesOf(long documentId) {
            return entities.getOrDefault(documentId, List.of());
        }

        public List<EventSnapshot> eventsOf(long documentId) {
            return events.getOrDefault(documentId, List.of());
        }
    }

    /** The entities with one of {@code statuses} and the events with one of {@code statuses}, of documents first..last. */
    @Transactional(readOnly = true)
    public Page between(long firstDocumentId, long lastDocumentId, Collection<AnnotationStatus> statuses) {
        MapSqlParameterSource range = new MapSqlParameterSource("first", firstDocumentId)
                .addValue("last", lastDocumentId)
                .addValue("statuses", statuses.stream().map(Enum::name).toList());
        Map<Long, List<EntitySnapshot>> entities = new HashMap<>();
        jdbc.query("SELECT id, document_id, external_id, start_offset, end_offset, label, canonical_name, kb_id,"
                + " engines, alternatives, " + REVIEW_AND_ORIGIN + " FROM entity_mention"
                + " WHERE document_id BETWEEN :first AND :last AND status IN (:statuses)"
                + " ORDER BY document_id, start_offset, end_offset, id", range, row -> {
                    entities.computeIfAbsent(row.getLong(2), id -> new ArrayList<>()).add(new EntitySnapshot(
                            row.getLong(1), row.getLong(2), row.getString(3), new Span(row.getInt(4), row.getInt(5)),
                            row.getString(6), review(row, 11), origin(row, 14), row.getString(7), row.getString(8),
                            row.getString(9), row.getString(10), InstantText.parse(row.getString(18)), List.of()));
                });
        Map<Long, Map<String, String>> attributes = new HashMap<>();
        jdbc.query("SELECT a.event_id, a.attr_key, a.attr_value FROM event_attribute a JOIN event e ON e.id = a.event_id"
                + " WHERE e.document_id BETWEEN :first AND :last ORDER BY a.event_id, a.attr_key", range, row -> {
                    attributes.computeIfAbsent(row.getLong(1), id -> new LinkedHashMap<>())
                            .put(row.getString(2), row.getString(3));
                });
        Map<Long, List<ArgumentSnapshot>> arguments = new HashMap<>();
        jdbc.query("SELECT a.id, a.event_id, a.role, a.entity_mention_id, a." + REVIEW_AND_ORIGIN.replace(", ", ", a.")
                + " FROM event_argument a JOIN event e ON e.id = a.event_id"
                + " WHERE e.document_id BETWEEN :first AND :last ORDER BY a.event_id, a.id", range, row -> {
                    arguments.computeIfAbsent(row.getLong(2), id -> new ArrayList<>()).add(new ArgumentSnapshot(
                            row.getLong(1), row.getLong(2), row.getString(3), row.getLong(4), review(row, 5),
                            origin(row, 8), InstantText.parse(row.getString(12))));
                });
        Map<Long, List<EventSnapshot>> events = new HashMap<>();
        jdbc.query("SELECT id, document_id, external_id, event_type, trigger_start, trigger_end, "
                + REVIEW_AND_ORIGIN + " FROM event WHERE document_id BETWEEN :first AND :last"
                + " AND status IN (:statuses) ORDER BY document_id, trigger_start, id", range, row -> {
                    long id = row.getLong(1);
                    events.computeIfAbsent(row.getLong(2), document -> new ArrayList<>()).add(new EventSnapshot(id,
                            row.getLong(2), row.getString(3), row.getString(4), new Span(row.getInt(5), row.getInt(6)),
                            review(row, 7), origin(row, 10), InstantText.parse(row.getString(14)),
                            attributes.getOrDefault(id, Map.of()), arguments.getOrDefault(id, List.of())));
                });
        return new Page(entities, events);
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
