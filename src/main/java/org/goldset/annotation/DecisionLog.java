package org.goldset.annotation;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.goldset.base.Json;
import org.goldset.history.Decision;
import org.goldset.history.DecisionHistory;
import org.goldset.text.Span;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the decisions on entities and events into the {@link DecisionHistory}, with JSON snapshots
 * of the row before and after the change, so that any annotation's story can be told later.
 */
@Component
class DecisionLog {

    private static final JsonMapper JSON = Json.MAPPER;

    private final DecisionHistory history;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    DecisionLog(DecisionHistory history, JdbcTemplate jdbc, Clock clock) {
        this.history = history;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void entity(Decision.Action action, EntityMention mention, String before, String actor, String batchId) {
        history.record(mention.getDocumentId(), Decision.TargetKind.ENTITY, mention.getId(), action, before,
                snapshot(mention), actor, batchId);
        keepClaimAlive(mention.getDocumentId(), mention.getLayer(), actor);
    }

    void entityDeleted(EntityMention mention, String before, String actor) {
        history.record(mention.getDocumentId(), Decision.TargetKind.ENTITY, mention.getId(), Decision.Action.DELETE,
                before, null, actor, null);
        keepClaimAlive(mention.getDocumentId(), mention.getLayer(), actor);
    }

    void eventDeleted(Event event, String before, String actor) {
        history.record(event.getDocumentId(), Decision.TargetKind.EVENT, event.getId(), Decision.Action.DELETE,
                before, null, actor, null);
        keepClaimAlive(event.getDocumentId(), event.getLayer(), actor);
    }

    void event(Decision.Action action, Event event, String before, String actor, String batchId) {
        history.record(event.getDocumentId(), Decision.TargetKind.EVENT, event.getId(), action, before,
                snapshot(event), actor, batchId);
        keepClaimAlive(event.getDocumentId(), event.getLayer(), actor);
    }

    /**
     * An analyst's own decision in their own layer keeps their claim on the document alive: the
     * abandonment timeout counts from the last one (decision 017). A suggestion run refreshing their
     * layer does not. Bulk writes (imports) never come here, so they pay nothing for it.
     */
    private void keepClaimAlive(long documentId, String layer, String actor) {
        if (Layers.isAnalysts(layer) && layer.equals(actor)) {
            jdbc.update("UPDATE layer_state SET active_at = ? WHERE document_id = ? AND layer = ? AND state = 'IN_PROGRESS'",
                    clock.instant().toString(), documentId, layer);
        }
    }

    /** The deletions of entity mentions in a document, oldest first. */
    List<Decision> deletedEntities(long documentId) {
        return history.deletions(documentId, Decision.TargetKind.ENTITY);
    }

    /** Span and label of an entity snapshot written by {@link #snapshot(EntityMention)}. */
    static SpanAndLabel spanAndLabel(String snapshot) {
        tools.jackson.databind.JsonNode state = JSON.readTree(snapshot);
        return new SpanAndLabel(new Span(state.get("start").asInt(), state.get("end").asInt()),
                state.get("label").asString(), state.has("layer") ? state.get("layer").asString() : Layers.BASE);
    }

    /** What a deleted entity was; snapshots from before layers carry no layer and were in the shared one. */
    record SpanAndLabel(Span span, String label, String layer) {
    }

    static String snapshot(EntityMention mention) {
        return snapshot(EntitySnapshot.of(mention, List.of()));
    }

    /** The history's JSON of an entity: what its story shows and what a bulk import records. */
    static String snapshot(EntitySnapshot mention) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("start", mention.span().start());
        state.put("end", mention.span().end());
        state.put("label", mention.label());
        state.put("layer", mention.layer());
        putReviewAndOrigin(state, mention.review(), mention.origin());
        state.put("canonical_name", mention.canonicalName());
        state.put("kb_id", mention.kbId());
        return JSON.writeValueAsString(state);
    }

    static String snapshot(Event event) {
        return snapshot(EventSnapshot.of(event));
    }

    static String snapshot(EventSnapshot event) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("type", event.type());
        state.put("trigger_start", event.trigger().start());
        state.put("trigger_end", event.trigger().end());
        state.put("layer", event.layer());
        putReviewAndOrigin(state, event.review(), event.origin());
        state.put("attributes", new TreeMap<>(event.attributes()));
        state.put("arguments", event.arguments().stream().map(argument -> Map.of(
                "role", argument.role(),
                "entity_mention_id", argument.entityId(),
                "status", argument.review().getStatus().name())).toList());
        return JSON.writeValueAsString(state);
    }

    private static void putReviewAndOrigin(Map<String, Object> state, ReviewState review, Origin origin) {
        state.put("status", review.getStatus().name());
        state.put("decided_by", review.getDecidedBy());
        state.put("decided_at", review.getDecidedAt() == null ? null : review.getDecidedAt().toString());
        state.put("origin", origin.toString());
    }
}
