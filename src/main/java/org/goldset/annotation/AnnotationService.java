package org.goldset.annotation;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores annotations and every decision about them. Each change writes its decision-history row in
 * the same transaction, so the history can never disagree with the annotations.
 */
@Service
public class AnnotationService {

    private final EntityMentionRepository mentions;
    private final EventRepository events;
    private final DecisionLog decisionLog;
    private final Clock clock;

    AnnotationService(EntityMentionRepository mentions, EventRepository events, DecisionLog decisionLog, Clock clock) {
        this.mentions = mentions;
        this.events = events;
        this.decisionLog = decisionLog;
        this.clock = clock;
    }

    /**
     * Stores the annotations of one document as given (importers validate them first). Runs in the
     * caller's transaction, so a rejected file leaves nothing behind.
     */
    @Transactional
    public void storeAnnotations(long documentId, List<EntityDraft> entityDrafts, List<EventDraft> eventDrafts,
                                 String actor) {
        Map<String, EntityMention> byKey = new HashMap<>();
        for (EntityDraft draft : entityDrafts) {
            EntityMention mention = new EntityMention(documentId, draft.span(), draft.label(), draft.review(),
                    draft.origin(), clock.instant());
            mention.setExternalId(draft.key());
            mention.setCanonicalName(draft.canonicalName());
            mention.setKbId(draft.kbId());
            mention.setSuggestionDetails(draft.enginesJson(), draft.alternativesJson(), draft.origin());
            mentions.save(mention);
            decisionLog.entity(Decision.Action.CREATE, mention, null, actor, null);
            if (draft.key() != null) {
                byKey.put(draft.key(), mention);
            }
        }
        for (EventDraft draft : eventDrafts) {
            Event event = new Event(documentId, draft.type(), draft.trigger(), draft.review(), draft.origin(),
                    clock.instant());
            event.setExternalId(draft.key());
            event.getAttributesJson().putAll(draft.attributesJson());
            for (EventDraft.ArgumentDraft argument : draft.arguments()) {
                EntityMention entity = byKey.get(argument.entityKey());
                if (entity == null) {
                    throw new IllegalArgumentException("event argument refers to unknown entity " + argument.entityKey());
                }
                event.addArgument(argument.role(), entity, argument.review(), argument.origin());
            }
            events.save(event);
            decisionLog.event(Decision.Action.CREATE, event, null, actor, null);
        }
    }

    /**
     * Replaces the document's pending machine suggestions with a fresh set, never touching what an
     * analyst decided or added:
     * <ul>
     *   <li>a pending suggestion that is proposed again, by the same engine version, stays as it is
     *       (its provenance and alternatives are refreshed);</li>
     *   <li>any other pending machine suggestion is stale and removed, with a history row;</li>
     *   <li>a fresh suggestion is added unless an annotation that is decided, manual or imported
     *       overlaps it (the analyst has dealt with that text), or it repeats a rejected span and
     *       label.</li>
     * </ul>
     * Running it twice with the same input changes nothing the second time.
     */
    @Transactional
    public SuggestionResult applySuggestions(long documentId, List<EntityDraft> fresh, String actor) {
        List<EntityMention> existing = mentions.findByDocumentIdOrderByStartAscEndAscIdAsc(documentId);
        List<EntityMention> settled = existing.stream().filter(mention -> !isPendingSuggestion(mention)).toList();
        Map<String, EntityMention> pendingByKey = new HashMap<>();
        existing.stream().filter(AnnotationService::isPendingSuggestion)
                .forEach(mention -> pendingByKey.put(suggestionKey(mention.getSpan(), mention.getLabel(),
                        mention.getOrigin()), mention));
        int added = 0;
        int kept = 0;
        for (EntityDraft draft : fresh) {
            EntityMention same = pendingByKey.remove(suggestionKey(draft.span(), draft.label(), draft.origin()));
            if (same != null) {
                same.setSuggestionDetails(draft.enginesJson(), draft.alternativesJson(), draft.origin());
                kept++;
                continue;
            }
            if (settled.stream().anyMatch(mention -> blocks(mention, draft))) {
                continue;
            }
            EntityMention mention = new EntityMention(documentId, draft.span(), draft.label(), ReviewState.pending(),
                    draft.origin(), clock.instant());
            mention.setSuggestionDetails(draft.enginesJson(), draft.alternativesJson(), draft.origin());
            mentions.save(mention);
            decisionLog.entity(Decision.Action.CREATE, mention, null, actor, null);
            added++;
        }
        for (EntityMention stale : pendingByKey.values()) {
            String before = DecisionLog.snapshot(stale);
            mentions.delete(stale);
            decisionLog.entityDeleted(stale, before, actor);
        }
        return new SuggestionResult(added, pendingByKey.size(), kept);
    }

    /**
     * Replaces the document's pending machine events like {@link #applySuggestions} does for
     * entities: re-proposed ones stay, stale ones go (with a history row), new ones are added unless
     * an analyst-decided event has the same trigger. Arguments link to the document's entity mentions
     * with the same span and label (rejected ones excluded); an argument without one is dropped.
     * Call it after the entity suggestions are stored.
     */
    @Transactional
    public SuggestionResult applyEventSuggestions(long documentId, List<EventSuggestionDraft> fresh, String actor) {
        List<Event> existing = events.findByDocumentIdOrderByTriggerStartAscIdAsc(documentId);
        Map<String, Event> pendingByKey = new HashMap<>();
        List<Event> settled = new java.util.ArrayList<>();
        for (Event event : existing) {
            if (event.getStatus() == AnnotationStatus.PENDING && event.getOrigin().getKind() == OriginKind.ENGINE) {
                pendingByKey.put(eventKey(event.getType(), event.getTrigger(), event.getOrigin()), event);
            } else {
                settled.add(event);
            }
        }
        List<EntityMention> entities = mentions.findByDocumentIdOrderByStartAscEndAscIdAsc(documentId).stream()
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
                    clock.instant());
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
        for (Event stale : pendingByKey.values()) {
            String before = DecisionLog.snapshot(stale);
            events.delete(stale);
            decisionLog.eventDeleted(stale, before, actor);
        }
        return new SuggestionResult(added, pendingByKey.size(), kept);
    }

    private static String eventKey(String type, Span trigger, Origin origin) {
        return type + ":" + trigger.start() + ":" + trigger.end() + ":" + origin.getEngineId() + ":"
                + origin.getEngineVersion();
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

    private static String suggestionKey(Span span, String label, Origin origin) {
        return span.start() + ":" + span.end() + ":" + label + ":" + origin.getEngineId() + ":" + origin.getEngineVersion();
    }

    @Transactional
    public EntityMention acceptEntity(long mentionId, long expectedVersion, String actor) {
        return decideEntity(mentionId, expectedVersion, AnnotationStatus.ACCEPTED, Decision.Action.ACCEPT, actor);
    }

    @Transactional
    public EntityMention rejectEntity(long mentionId, long expectedVersion, String actor) {
        return decideEntity(mentionId, expectedVersion, AnnotationStatus.REJECTED, Decision.Action.REJECT, actor);
    }

    /** An analyst marks a span the engines missed: stored as an ACCEPTED, MANUAL annotation. */
    @Transactional
    public EntityMention addManualEntity(long documentId, Span span, String label, String actor) {
        EntityMention mention = new EntityMention(documentId, span, label,
                new ReviewState(AnnotationStatus.ACCEPTED, actor, clock.instant()), Origin.manual(), clock.instant());
        mentions.save(mention);
        decisionLog.entity(Decision.Action.CREATE, mention, null, actor, null);
        return mention;
    }

    /** Correcting a label is a decision: the annotation becomes ACCEPTED with the new label. */
    @Transactional
    public EntityMention relabelEntity(long mentionId, long expectedVersion, String label, String actor) {
        return change(mentionId, expectedVersion, Decision.Action.RELABEL, actor, mention -> {
            mention.relabel(label);
            mention.setReview(new ReviewState(AnnotationStatus.ACCEPTED, actor, clock.instant()));
        });
    }

    /** Correcting a span is a decision too: the annotation becomes ACCEPTED with the new span. */
    @Transactional
    public EntityMention respanEntity(long mentionId, long expectedVersion, Span span, String actor) {
        return change(mentionId, expectedVersion, Decision.Action.RESPAN, actor, mention -> {
            mention.respan(span);
            mention.setReview(new ReviewState(AnnotationStatus.ACCEPTED, actor, clock.instant()));
        });
    }

    /** Puts an annotation back into an earlier state (undo and redo). */
    @Transactional
    public EntityMention restoreEntity(long mentionId, long expectedVersion, EntityState state, String actor) {
        return change(mentionId, expectedVersion, Decision.Action.RESTORE, actor, mention -> {
            mention.relabel(state.label());
            mention.respan(state.span());
            mention.setReview(state.review());
        });
    }

    @Transactional
    public void deleteEntity(long mentionId, long expectedVersion, String actor) {
        EntityMention mention = load(mentionId, expectedVersion);
        String before = DecisionLog.snapshot(mention);
        mentions.delete(mention);
        mentions.flush();
        decisionLog.entityDeleted(mention, before, actor);
    }

    /** Accepts several annotations at once; their history rows share one batch id, for undo. */
    @Transactional
    public List<EntityMention> acceptEntities(List<VersionedId> ids, String actor) {
        String batch = java.util.UUID.randomUUID().toString();
        List<EntityMention> accepted = new java.util.ArrayList<>();
        for (VersionedId id : ids) {
            EntityMention mention = load(id.id(), id.version());
            String before = DecisionLog.snapshot(mention);
            mention.setReview(new ReviewState(AnnotationStatus.ACCEPTED, actor, clock.instant()));
            mentions.saveAndFlush(mention);
            decisionLog.entity(Decision.Action.ACCEPT, mention, before, actor, batch);
            accepted.add(mention);
        }
        return accepted;
    }

    @Transactional(readOnly = true)
    public java.util.Optional<EntityMention> findEntity(long mentionId) {
        return mentions.findById(mentionId);
    }

    private EntityMention change(long mentionId, long expectedVersion, Decision.Action action, String actor,
                                 java.util.function.Consumer<EntityMention> edit) {
        EntityMention mention = load(mentionId, expectedVersion);
        String before = DecisionLog.snapshot(mention);
        edit.accept(mention);
        mentions.saveAndFlush(mention);
        decisionLog.entity(action, mention, before, actor, null);
        return mention;
    }

    private EntityMention load(long mentionId, long expectedVersion) {
        EntityMention mention = mentions.findById(mentionId)
                .orElseThrow(() -> new StaleAnnotationException("Annotation " + mentionId));
        if (mention.getVersion() != expectedVersion) {
            throw new StaleAnnotationException("Annotation " + mentionId);
        }
        return mention;
    }

    @Transactional(readOnly = true)
    public List<EntityMention> findEntities(long documentId) {
        return mentions.findByDocumentIdOrderByStartAscEndAscIdAsc(documentId);
    }

    @Transactional(readOnly = true)
    public List<EntityMention> findEntities(long documentId, Collection<AnnotationStatus> statuses) {
        return mentions.findByDocumentIdAndReviewStatusInOrderByStartAscEndAscIdAsc(documentId, statuses);
    }

    @Transactional(readOnly = true)
    public List<Event> findEvents(long documentId) {
        return events.findByDocumentIdOrderByTriggerStartAscIdAsc(documentId);
    }

    @Transactional(readOnly = true)
    public long countEvents(long documentId) {
        return events.countByDocumentId(documentId);
    }

    @Transactional(readOnly = true)
    public long countPendingEvents(long documentId) {
        return events.countByDocumentIdAndReviewStatus(documentId, AnnotationStatus.PENDING);
    }

    /** Per document: the (label, engine) pairs of its pending suggestions. */
    @Transactional(readOnly = true)
    public Map<Long, java.util.Set<PendingKind>> findPendingKinds() {
        Map<Long, java.util.Set<PendingKind>> kinds = new HashMap<>();
        for (Object[] row : mentions.findPendingLabelsAndEngines()) {
            kinds.computeIfAbsent((Long) row[0], id -> new java.util.HashSet<>())
                    .add(new PendingKind((String) row[1], (String) row[2]));
        }
        return kinds;
    }

    /** A label and the engine that suggested it (null for non-engine annotations). */
    public record PendingKind(String label, String engine) {
    }

    @Transactional(readOnly = true)
    public AnnotationCounts countEntities(long documentId) {
        return new AnnotationCounts(
                mentions.countByDocumentIdAndReviewStatus(documentId, AnnotationStatus.PENDING),
                mentions.countByDocumentIdAndReviewStatus(documentId, AnnotationStatus.ACCEPTED),
                mentions.countByDocumentIdAndReviewStatus(documentId, AnnotationStatus.REJECTED));
    }

    private EntityMention decideEntity(long mentionId, long expectedVersion, AnnotationStatus status,
                                       Decision.Action action, String actor) {
        return change(mentionId, expectedVersion, action, actor,
                mention -> mention.setReview(new ReviewState(status, actor, clock.instant())));
    }
}
