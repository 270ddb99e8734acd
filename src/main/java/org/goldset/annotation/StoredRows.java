package org.goldset.annotation;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes snapshots back as rows under their own ids. JPA can only insert rows with fresh ids, but
 * undoing a delete must bring back the very row that went (its id is what event arguments, exports
 * and the decision history refer to), so these few inserts are plain SQL. Callers flush their
 * persistence context before and clear it after.
 */
@Component
class StoredRows {

    private static final int BATCH = 1_000;

    private final EntityManager entityManager;
    private final JdbcTemplate jdbc;

    StoredRows(EntityManager entityManager, JdbcTemplate jdbc) {
        this.entityManager = entityManager;
        this.jdbc = jdbc;
    }

    /**
     * Many new rows at once, in JDBC batches, bypassing the persistence context (a bulk import):
     * the entities, then the events with their attributes and arguments.
     */
    void insertAll(List<EntitySnapshot> entities, List<EventSnapshot> events) {
        jdbc.batchUpdate("""
                INSERT INTO entity_mention (id, document_id, external_id, start_offset, end_offset, label, status,
                    decided_by, decided_at, origin_kind, engine_id, engine_version, score, canonical_name, kb_id,
                    engines, alternatives, created_at, layer, copied_from, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""", entities, BATCH, (row, entity) -> {
            row.setLong(1, entity.id());
            row.setLong(2, entity.documentId());
            row.setString(3, entity.externalId());
            row.setInt(4, entity.span().start());
            row.setInt(5, entity.span().end());
            row.setString(6, entity.label());
            reviewAndOrigin(row, 7, entity.review(), entity.origin());
            row.setString(14, entity.canonicalName());
            row.setString(15, entity.kbId());
            row.setString(16, entity.enginesJson());
            row.setString(17, entity.alternativesJson());
            row.setString(18, text(entity.createdAt()));
            row.setString(19, entity.layer());
            row.setObject(20, entity.copiedFrom());
        });
        jdbc.batchUpdate("""
                INSERT INTO event (id, document_id, external_id, event_type, trigger_start, trigger_end, status,
                    decided_by, decided_at, origin_kind, engine_id, engine_version, score, created_at, layer,
                    copied_from, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""", events, BATCH, (row, event) -> {
            row.setLong(1, event.id());
            row.setLong(2, event.documentId());
            row.setString(3, event.externalId());
            row.setString(4, event.type());
            row.setInt(5, event.trigger().start());
            row.setInt(6, event.trigger().end());
            reviewAndOrigin(row, 7, event.review(), event.origin());
            row.setString(14, text(event.createdAt()));
            row.setString(15, event.layer());
            row.setObject(16, event.copiedFrom());
        });
        List<Object[]> attributes = new ArrayList<>();
        events.forEach(event -> event.attributes().forEach((key, value) -> attributes.add(new Object[] {event.id(), key, value})));
        jdbc.batchUpdate("INSERT INTO event_attribute (event_id, attr_key, attr_value) VALUES (?, ?, ?)", attributes);
        List<ArgumentSnapshot> arguments = events.stream().flatMap(event -> event.arguments().stream()).toList();
        jdbc.batchUpdate("""
                INSERT INTO event_argument (id, event_id, role, entity_mention_id, status, decided_by, decided_at,
                    origin_kind, engine_id, engine_version, score, created_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""", arguments, BATCH, (row, argument) -> {
            row.setLong(1, argument.id());
            row.setLong(2, argument.eventId());
            row.setString(3, argument.role());
            row.setLong(4, argument.entityId());
            reviewAndOrigin(row, 5, argument.review(), argument.origin());
            row.setString(12, text(argument.createdAt()));
        });
    }

    /** status, decided_by, decided_at, origin_kind, engine_id, engine_version, score from {@code first} on. */
    private static void reviewAndOrigin(PreparedStatement row, int first, ReviewState review, Origin origin)
            throws SQLException {
        row.setString(first, review.getStatus().name());
        row.setString(first + 1, review.getDecidedBy());
        row.setString(first + 2, text(review.getDecidedAt()));
        row.setString(first + 3, origin.getKind().name());
        row.setString(first + 4, origin.getEngineId());
        row.setString(first + 5, origin.getEngineVersion());
        row.setObject(first + 6, origin.getScore());
    }

    /** One entity row, as {@link #insertAll} writes them. */
    void insertEntity(EntitySnapshot entity) {
        insertAll(List.of(entity), List.of());
    }

    /** One event row with its attributes, without its arguments: those come back one by one, if they can. */
    void insertEvent(EventSnapshot event) {
        insertAll(List.of(), List.of(new EventSnapshot(event.id(), event.documentId(), event.layer(), event.copiedFrom(),
                event.externalId(), event.type(),
                event.trigger(), event.review(), event.origin(), event.createdAt(), event.attributes(), List.of())));
    }

    /** Inserts the argument unless it is there already or its event or entity is gone; true if inserted. */
    boolean insertArgumentIfPossible(ArgumentSnapshot argument) {
        Query insert = entityManager.createNativeQuery("""
                INSERT INTO event_argument (id, event_id, role, entity_mention_id, status, decided_by, decided_at,
                    origin_kind, engine_id, engine_version, score, created_at, version)
                SELECT :id, :event, :role, :entity, :status, :decidedBy, :decidedAt, :originKind, :engineId,
                    :engineVersion, :score, :createdAt, 0
                WHERE EXISTS (SELECT 1 FROM event WHERE id = :event)
                  AND EXISTS (SELECT 1 FROM entity_mention WHERE id = :entity)
                  AND NOT EXISTS (SELECT 1 FROM event_argument WHERE id = :id)""");
        insert.setParameter("id", argument.id());
        insert.setParameter("event", argument.eventId());
        insert.setParameter("role", argument.role());
        insert.setParameter("entity", argument.entityId());
        review(insert, argument.review());
        origin(insert, argument.origin());
        insert.setParameter("createdAt", text(argument.createdAt()));
        return insert.executeUpdate() > 0;
    }

    /** An argument coming back is an edit of its event: cards showing the old version are stale. */
    void bumpEventVersions(Collection<Long> eventIds) {
        if (!eventIds.isEmpty()) {
            entityManager.createNativeQuery("UPDATE event SET version = version + 1 WHERE id IN (:ids)")
                    .setParameter("ids", eventIds)
                    .executeUpdate();
        }
    }

    private static void review(Query insert, ReviewState review) {
        insert.setParameter("status", review.getStatus().name());
        insert.setParameter("decidedBy", review.getDecidedBy());
        insert.setParameter("decidedAt", text(review.getDecidedAt()));
    }

    private static void origin(Query insert, Origin origin) {
        insert.setParameter("originKind", origin.getKind().name());
        insert.setParameter("engineId", origin.getEngineId());
        insert.setParameter("engineVersion", origin.getEngineVersion());
        insert.setParameter("score", origin.getScore());
    }

    private static String text(Instant instant) {
        return new org.goldset.base.InstantText().convertToDatabaseColumn(instant);
    }
}
