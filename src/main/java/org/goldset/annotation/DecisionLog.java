package org.goldset.annotation;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import org.goldset.base.Json;

/**
 * Appends decision-history rows with JSON snapshots of the row before and after the change, so
 * that any annotation's story can be told and any decision undone later.
 */
@Component
public class DecisionLog {

    private static final JsonMapper JSON = Json.MAPPER;

    private final DecisionRepository decisions;
    private final Clock clock;

    DecisionLog(DecisionRepository decisions, Clock clock) {
        this.decisions = decisions;
        this.clock = clock;
    }

    public void documentStatusChanged(long documentId, String before, String after, String actor) {
        decisions.save(new Decision(clock.instant(), actor, documentId, Decision.TargetKind.DOCUMENT, documentId,
                Decision.Action.STATUS, JSON.writeValueAsString(Map.of("status", before)),
                JSON.writeValueAsString(Map.of("status", after)), null));
    }

    void entity(Decision.Action action, EntityMention mention, String before, String actor, String batchId) {
        decisions.save(new Decision(clock.instant(), actor, mention.getDocumentId(), Decision.TargetKind.ENTITY,
                mention.getId(), action, before, snapshot(mention), batchId));
    }

    void entityDeleted(EntityMention mention, String before, String actor) {
        decisions.save(new Decision(clock.instant(), actor, mention.getDocumentId(), Decision.TargetKind.ENTITY,
                mention.getId(), Decision.Action.DELETE, before, null, null));
    }

    void eventDeleted(Event event, String before, String actor) {
        decisions.save(new Decision(clock.instant(), actor, event.getDocumentId(), Decision.TargetKind.EVENT,
                event.getId(), Decision.Action.DELETE, before, null, null));
    }

    void event(Decision.Action action, Event event, String before, String actor, String batchId) {
        decisions.save(new Decision(clock.instant(), actor, event.getDocumentId(), Decision.TargetKind.EVENT,
                event.getId(), action, before, snapshot(event), batchId));
    }

    public List<Decision> historyOf(Decision.TargetKind kind, long targetId) {
        return decisions.findByTargetKindAndTargetIdOrderById(kind, targetId);
    }

    /** The deletions of entity mentions in a document, oldest first. */
    List<Decision> deletedEntities(long documentId) {
        return decisions.findByDocumentIdAndTargetKindAndActionOrderById(documentId, Decision.TargetKind.ENTITY,
                Decision.Action.DELETE);
    }

    /** Span and label of an entity snapshot written by {@link #snapshot(EntityMention)}. */
    static SpanAndLabel spanAndLabel(String snapshot) {
        tools.jackson.databind.JsonNode state = JSON.readTree(snapshot);
        return new SpanAndLabel(new Span(state.get("start").asInt(), state.get("end").asInt()),
                state.get("label").asString());
    }

    record SpanAndLabel(Span span, String label) {
    }

    public List<Decision> historyOfDocument(long documentId) {
        return decisions.findByDocumentIdOrderById(documentId);
    }

    static String snapshot(EntityMention mention) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("start", mention.getSpan().start());
        state.put("end", mention.getSpan().end());
        state.put("label", mention.getLabel());
        putReviewAndOrigin(state, mention.getReview(), mention.getOrigin());
        state.put("canonical_name", mention.getCanonicalName());
        state.put("kb_id", mention.getKbId());
        return JSON.writeValueAsString(state);
    }

    static String snapshot(Event event) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("type", event.getType());
        state.put("trigger_start", event.getTrigger().start());
        state.put("trigger_end", event.getTrigger().end());
        putReviewAndOrigin(state, event.getReview(), event.getOrigin());
        state.put("attributes", event.getAttributesJson());
        state.put("arguments", event.getArguments().stream().map(argument -> Map.of(
                "role", argument.getRole(),
                "entity_mention_id", argument.getEntity().getId(),
                "status", argument.getStatus().name())).toList());
        return JSON.writeValueAsString(state);
    }

    private static void putReviewAndOrigin(Map<String, Object> state, ReviewState review, Origin origin) {
        state.put("status", review.getStatus().name());
        state.put("decided_by", review.getDecidedBy());
        state.put("decided_at", review.getDecidedAt() == null ? null : review.getDecidedAt().toString());
        state.put("origin", origin.toString());
    }
}
