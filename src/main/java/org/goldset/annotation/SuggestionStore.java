package org.goldset.annotation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.goldset.history.Decision;
import org.goldset.text.Span;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores machine suggestions in one layer of a document: replaces its pending suggestions (entities,
 * then events) with a fresh set from a suggestion run, never touching what an analyst decided, added
 * or deleted.
 */
@Service
public class SuggestionStore {

    private final EntityMentionRepository mentions;
    private final EventRepository events;
    private final DecisionLog decisionLog;
    private final Clock clock;

    SuggestionStore(EntityMentionRepository mentions, EventRepository events, DecisionLog decisionLog, Clock clock) {
        this.mentions = mentions;
        this.events = events;
        this.decisionLog = decisionLog;
        this.clock = clock;
    }

    /**
     * Replaces the document's pending machine suggestions with a fresh set, never touching what an
     * analyst decided or added:
     * <ul>
     *   <li>a pending suggestion that is proposed again by the same engine (any version) stays as it
     *       is, under its id, so arguments pointing at it survive (its provenance and alternatives
     *       are refreshed);</li>
     *   <li>any other pending machine suggestion is stale and removed, with a history row — unless its
     *       engine is in {@code keepFromEngines} (it could not suggest this time: no answer is no
     *       evidence that its suggestions are wrong);</li>
     *   <li>a fresh suggestion is added unless an annotation that is decided, manual or imported
     *       overlaps it (the analyst has dealt with that text), or it repeats a rejected span and
     *       label, or an analyst deleted a suggestion of that span and label.</li>
     * </ul>
     * Running it twice with the same input changes nothing the second time.
     */
    @Transactional
    public SuggestionResult applySuggestions(long documentId, String layer, List<EntityDraft> fresh, String actor,
                                             Set<String> keepFromEngines) {
        List<EntityMention> existing = mentions.findByDocumentIdAndLayerOrderByStartAscEndAscIdAsc(documentId, layer);
        List<EntityMention> settled = existing.stream().filter(mention -> !isPendingSuggestion(mention)).toList();
        Map<String, EntityMention> pendingByKey = new HashMap<>();
        existing.stream().filter(SuggestionStore::isPendingSuggestion)
                .forEach(mention -> pendingByKey.put(suggestionKey(mention.getSpan(), mention.getLabel(),
                        mention.getOrigin()), mention));
        Set<String> dismissed = dismissedSuggestions(documentId, layer, actor);
        int added = 0;
        int kept = 0;
        for (EntityDraft draft : fresh) {
            EntityMention same = pendingByKey.remove(suggestionKey(draft.span(), draft.label(), draft.origin()));
            if (same != null) {
                same.setSuggestionDetails(draft.enginesJson(), draft.alternativesJson(), draft.origin());
                kept++;
                continue;
            }
            if (settled.stream().anyMatch(mention -> blocks(mention, draft))
                    || dismissed.contains(suggestionKey(draft.span(), draft.label(), null))) {
                continue;
            }
            EntityMention mention = new EntityMention(documentId, draft.span(), draft.label(), ReviewState.pending(),
                    draft.origin(), clock.instant()).inLayer(layer);
            mention.setSuggestionDetails(draft.enginesJson(), draft.alternativesJson(), draft.origin());
            mentions.save(mention);
            decisionLog.entity(Decision.Action.CREATE, mention, null, actor, null);
            added++;
        }
        pendingByKey.values().removeIf(mention -> keepFromEngines.contains(mention.getOrigin().getEngineId()));
        for (EntityMention stale : pendingByKey.values()) {
            String before = DecisionLog.snapshot(stale);
            mentions.delete(stale);
            decisionLog.entityDeleted(stale, before, actor);
        }
        return new SuggestionResult(added, pendingByKey.size(), kept);
    }

    private static boolean isPendingSuggestion(EntityMention mention) {
        return mention.getStatus() == AnnotationStatus.PENDING && mention.getOrigin().getKind() == OriginKind.ENGINE;
    }

    private static boolean blocks(EntityMention settled, EntityDraft draft) {
        Span a = settled.getSpan();
        Span b = draft.span();
        boolean overlaps = a.start() < b.end() && b.start() < a.end();
        if (settled.getStatus() == AnnotationStatus.REJECTED) {
            // A rejection is about that span with that label; another label may still be right.
            return a.equals(b) && settled.getLabel().equals(draft.label());
        }
        return overlaps;
    }

    /**
     * A suggestion is the same when the same engine proposes the same span and label again, whatever
     * its version: it keeps its id (and the event arguments pointing at it) and only its provenance
     * is refreshed. Without an origin: any engine's.
     */
    private static String suggestionKey(Span span, String label, Origin origin) {
        return span.start() + ":" + span.end() + ":" + label + (origin == null ? "" : ":" + origin.getEngineId());
    }

    /**
     * The (span, label) keys of suggestions an analyst deleted from this document: a re-run must not
     * bring them back. Read from the decision history (deletes by anyone but the suggestion run).
     */
    private Set<String> dismissedSuggestions(long documentId, String layer, String suggestionActor) {
        Set<String> keys = new HashSet<>();
        for (Decision deleted : decisionLog.deletedEntities(documentId)) {
            if (!suggestionActor.equals(deleted.getActor()) && deleted.getBeforeState() != null) {
                DecisionLog.SpanAndLabel was = DecisionLog.spanAndLabel(deleted.getBeforeState());
                if (was.layer().equals(layer) && mentions.findById(deleted.getTargetId()).isEmpty()) {
                    keys.add(suggestionKey(was.span(), was.label(), null));
                }
            }
        }
        return keys;
    }

    /**
     * Replaces the document's pending machine events like {@link #applySuggestions} does for
     * entities: re-proposed ones stay, stale ones go (with a history row), new ones are added unless
     * an analyst-decided event has the same trigger. Arguments link to the document's entity mentions
     * with the same span and label (rejected ones excluded); an argument without one is dropped.
     * Call it after the entity suggestions are stored.
     */
    @Transactional
    public SuggestionResult applyEventSuggestions(long documentId, String layer, List<EventSuggestionDraft> fresh,
                                                  String actor, Set<String> keepFromEngines) {
        List<Event> existing = events.findByDocumentIdAndLayerOrderByTriggerStartAscIdAsc(documentId, layer);
        Map<String, Event> pendingByKey = new HashMap<>();
        List<Event> settled = new ArrayList<>();
        for (Event event : existing) {
            if (event.getStatus() == AnnotationStatus.PENDING && event.getOrigin().getKind() == OriginKind.ENGINE) {
                pendingByKey.put(eventKey(event.getType(), event.getTrigger(), event.getOrigin()), event);
            } else {
                settled.add(event);
            }
        }
        List<EntityMention> entities = mentions.findByDocumentIdAndLayerOrderByStartAscEndAscIdAsc(documentId, layer).stream()
                .filter(mention -> mention.getStatus() != AnnotationStatus.REJECTED).toList();
        int added = 0;
        int kept = 0;
        for (EventSuggestionDraft draft : fresh) {
            if (pendingByKey.remove(eventKey(draft.type(), draft.trigger(), draft.origin())) != null) {
                kept++;
                continue;
            }
            if (settled.stream().anyMatch(event -> event.getTrigger().equals(draft.trigger()))) {
                continue;
            }
            Event event = new Event(documentId, draft.type(), draft.trigger(), ReviewState.pending(), draft.origin(),
                    clock.instant()).inLayer(layer);
            event.getAttributesJson().putAll(draft.attributesJson());
            for (EventSuggestionDraft.ArgumentBySpan argument : draft.arguments()) {
                entities.stream()
                        .filter(mention -> mention.getSpan().equals(argument.span())
                                && mention.getLabel().equals(argument.label()))
                        .findFirst()
                        .ifPresent(mention -> event.addArgument(argument.role(), mention, ReviewState.pending(),
                                draft.origin()));
            }
            events.save(event);
            decisionLog.event(Decision.Action.CREATE, event, null, actor, null);
            added++;
        }
        pendingByKey.values().removeIf(event -> keepFromEngines.contains(event.getOrigin().getEngineId()));
        for (Event stale : pendingByKey.values()) {
            String before = DecisionLog.snapshot(stale);
            events.delete(stale);
            decisionLog.eventDeleted(stale, before, actor);
        }
        return new SuggestionResult(added, pendingByKey.size(), kept);
    }

    /** The same engine proposing the same type on the same trigger (any version): the same event. */
    private static String eventKey(String type, Span trigger, Origin origin) {
        return type + ":" + trigger.start() + ":" + trigger.end() + ":" + origin.getEngineId();
    }
}
