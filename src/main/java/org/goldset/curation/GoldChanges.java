package org.goldset.curation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.goldset.annotation.AnnotationStatus;
import org.goldset.annotation.StaleAnnotationException;
import org.goldset.base.Json;
import org.goldset.curation.CurationSheet.UnitKind;
import org.goldset.history.Decision;
import org.goldset.history.DecisionHistory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Writes a curator's changes to gold rows, records each in the decision history (one batch per
 * action) and returns the step that undoes them. Nothing is deleted but rows the curator's own
 * edits created: a rejected unit stays as a REJECTED row with its provenance, a recorded decision.
 */
final class GoldChanges {

    /** A gold row as a step saw it; {@code exists} false for a row an edit created. */
    record RowState(UnitKind kind, long id, boolean exists, AnnotationStatus status, String label, String provenance,
                    Long entityId, String decidedBy, String decidedAt) {
    }

    /** One change: the row's new status, label (entities) or filler (arguments), provenance. */
    record Change(UnitKind kind, long id, AnnotationStatus status, String label, Long entityId, String provenance) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final DecisionHistory history;
    private final Clock clock;

    GoldChanges(NamedParameterJdbcTemplate jdbc, DecisionHistory history, Clock clock) {
        this.jdbc = jdbc;
        this.history = history;
        this.clock = clock;
    }

    /** Applies the changes (those that change something) and returns what undoes them. */
    CurationStep apply(long documentId, String curator, String description, List<Change> changes, List<Long> createdEntities) {
        String now = clock.instant().toString();
        List<RowState> before = new ArrayList<>();
        List<RowState> after = new ArrayList<>();
        for (Long created : createdEntities) {
            before.add(new RowState(UnitKind.ENTITY, created, false, null, null, null, null, null, null));
            after.add(read(UnitKind.ENTITY, created));
        }
        for (Change change : changes) {
            RowState current = read(change.kind(), change.id());
            RowState next = new RowState(change.kind(), change.id(), true, change.status(),
                    change.label() != null ? change.label() : current.label(), change.provenance(),
                    change.entityId() != null ? change.entityId() : current.entityId(), curator, now);
            if (!sameContent(current, next)) {
                if (!createdEntities.contains(change.id())) {
                    before.add(current);
                }
                write(next);
                after.add(next);
            }
        }
        String batch = UUID.randomUUID().toString();
        history.appendAll(after.stream().map(state -> {
            RowState was = find(before, state);
            Decision.Action action = was != null && !was.exists() ? Decision.Action.CREATE : action(state);
            return new DecisionHistory.NewDecision(documentId, targetKind(state.kind()), state.id(), action, json(was),
                    json(state), curator, batch);
        }).toList());
        CurationCounts.refresh(jdbc, documentId);
        return new CurationStep(documentId, description, before, after);
    }

    /** Puts back what {@code step} changed, unless someone changed those rows since. */
    void undo(CurationStep step, String curator) {
        for (RowState done : step.after()) {
            if (!sameContent(read(done.kind(), done.id()), done)) {
                throw new StaleAnnotationException("this part of the gold");
            }
        }
        String batch = UUID.randomUUID().toString();
        List<DecisionHistory.NewDecision> decisions = new ArrayList<>();
        // Arguments first: an entity the step created is deleted last, once nothing points at it.
        List<RowState> ordered = new ArrayList<>(step.before());
        ordered.sort((x, y) -> Boolean.compare(!x.exists(), !y.exists()));
        for (RowState state : ordered) {
            if (state.exists()) {
                write(state);
                decisions.add(new DecisionHistory.NewDecision(step.documentId(), targetKind(state.kind()), state.id(),
                        Decision.Action.RESTORE, json(find(step.after(), state)), json(state), curator, batch));
            } else {
                jdbc.update("DELETE FROM entity_mention WHERE id = :id AND layer = '@gold'", new MapSqlParameterSource("id", state.id()));
                decisions.add(new DecisionHistory.NewDecision(step.documentId(), Decision.TargetKind.ENTITY, state.id(),
                        Decision.Action.DELETE, null, null, curator, batch));
            }
        }
        history.appendAll(decisions);
        CurationCounts.refresh(jdbc, step.documentId());
    }

    private RowState read(UnitKind kind, long id) {
        MapSqlParameterSource params = new MapSqlParameterSource("id", id);
        String sql = switch (kind) {
            case ENTITY -> "SELECT status, label, provenance, NULL, decided_by, decided_at FROM entity_mention WHERE id = :id AND layer = '@gold'";
            case EVENT -> "SELECT status, event_type, provenance, NULL, decided_by, decided_at FROM event WHERE id = :id AND layer = '@gold'";
            case ARGUMENT -> "SELECT a.status, a.role, a.provenance, a.entity_mention_id, a.decided_by, a.decided_at"
                    + " FROM event_argument a JOIN event e ON e.id = a.event_id WHERE a.id = :id AND e.layer = '@gold'";
        };
        List<RowState> found = jdbc.query(sql, params, (row, n) -> {
            long entity = row.getLong(4);
            Long entityId = row.wasNull() ? null : entity;
            return new RowState(kind, id, true, AnnotationStatus.valueOf(row.getString(1)), row.getString(2),
                    row.getString(3), entityId, row.getString(5), row.getString(6));
        });
        if (found.isEmpty()) {
            throw new StaleAnnotationException("that part of the gold");
        }
        return found.getFirst();
    }

    private void write(RowState state) {
        MapSqlParameterSource params = new MapSqlParameterSource("id", state.id()).addValue("status", state.status().name())
                .addValue("label", state.label()).addValue("provenance", state.provenance())
                .addValue("entity", state.entityId()).addValue("decidedBy", state.decidedBy())
                .addValue("decidedAt", state.decidedAt());
        switch (state.kind()) {
            case ENTITY -> jdbc.update("UPDATE entity_mention SET status = :status, label = :label, provenance = :provenance,"
                    + " decided_by = :decidedBy, decided_at = :decidedAt, version = version + 1 WHERE id = :id", params);
            case EVENT -> jdbc.update("UPDATE event SET status = :status, provenance = :provenance,"
                    + " decided_by = :decidedBy, decided_at = :decidedAt, version = version + 1 WHERE id = :id", params);
            case ARGUMENT -> jdbc.update("UPDATE event_argument SET status = :status, provenance = :provenance,"
                    + " entity_mention_id = :entity, decided_by = :decidedBy, decided_at = :decidedAt,"
                    + " version = version + 1 WHERE id = :id", params);
        }
    }

    private static boolean sameContent(RowState x, RowState y) {
        return x.status() == y.status() && Objects.equals(x.label(), y.label())
                && Objects.equals(x.provenance(), y.provenance()) && Objects.equals(x.entityId(), y.entityId());
    }

    private static RowState find(List<RowState> states, RowState like) {
        return states.stream().filter(state -> state.kind() == like.kind() && state.id() == like.id()).findFirst()
                .orElse(null);
    }

    private static Decision.TargetKind targetKind(UnitKind kind) {
        return switch (kind) {
            case ENTITY -> Decision.TargetKind.ENTITY;
            case EVENT -> Decision.TargetKind.EVENT;
            case ARGUMENT -> Decision.TargetKind.ARGUMENT;
        };
    }

    private static Decision.Action action(RowState state) {
        return switch (state.status()) {
            case ACCEPTED -> Decision.Action.ACCEPT;
            case REJECTED -> Decision.Action.REJECT;
            case PENDING -> Decision.Action.RESTORE;
        };
    }

    private static String json(RowState state) {
        if (state == null || !state.exists()) {
            return null;
        }
        Map<String, Object> fields = new java.util.LinkedHashMap<>();
        fields.put("layer", "@gold");
        fields.put("status", state.status().name());
        fields.put("label", state.label());
        if (state.entityId() != null) {
            fields.put("entity", state.entityId());
        }
        if (state.provenance() != null) {
            fields.put("provenance", Json.MAPPER.readTree(state.provenance()));
        }
        return Json.MAPPER.writeValueAsString(fields);
    }
}
