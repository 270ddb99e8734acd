package org.goldset.annotation;
import org.goldset.text.Span;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jakarta.persistence.EntityManager;
import org.goldset.history.Decision;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores entity mentions (and, on import, whole annotated documents) and every decision about them. Each change writes its decision-history row in
 * the same transaction, so the history can never disagree with the annotations.
 */
@Service
public class EntityService {

    private static final int ID_SLICE = 1_000;

    private final EntityMentionRepository mentions;
    private final EventRepository events;
    private final DecisionLog decisionLog;
    private final StoredRows rows;
    private final EntityManager entityManager;
    private final Clock clock;

    EntityService(EntityMentionRepository mentions, EventRepository events, DecisionLog decisionLog, StoredRows rows,
                  EntityManager entityManager, Clock clock) {
        this.mentions = mentions;
        this.events = events;
        this.decisionLog = decisionLog;
        this.rows = rows;
        this.entityManager = entityManager;
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
     *   <li>a pending suggestion that is proposed again by the same engine (any version) stays as it
     *       is, under its id, so arguments pointing at it survive (its provenance and alternatives
     *       are refreshed);</li>
     *   <li>any other pending machine suggestion is stale and removed, with a history row;</li>
     *   <li>a fresh suggestion is added unless an annotation that is decided, manual or imported
     *       overlaps it (the analyst has dealt with that text), or it repeats a rejected span and
     *       label, or an analyst deleted a suggestion of that span and label.</li>
     * </ul>
     * Running it twice with the same input changes nothing the second time.
     */
    @Transactional
    public SuggestionResult applySuggestions(long documentId, List<EntityDraft> fresh, String actor) {
        List<EntityMention> existing = mentions.findByDocumentIdOrderByStartAscEndAscIdAsc(documentId);
        List<EntityMention> settled = existing.stream().filter(mention -> !isPendingSuggestion(mention)).toList();
        Map<String, EntityMention> pendingByKey = new HashMap<>();
        existing.stream().filter(EntityService::isPendingSuggestion)
                .forEach(mention -> pendingByKey.put(suggestionKey(mention.getSpan(), mention.getLabel(),
                        mention.getOrigin()), mention));
        java.util.Set<String> dismissed = dismissedSuggestions(documentId, actor);
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
    private java.util.Set<String> dismissedSuggestions(long documentId, String suggestionActor) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (Decision deleted : decisionLog.deletedEntities(documentId)) {
            if (!suggestionActor.equals(deleted.getActor()) && deleted.getBeforeState() != null) {
                DecisionLog.SpanAndLabel was = DecisionLog.spanAndLabel(deleted.getBeforeState());
                if (mentions.findById(deleted.getTargetId()).isEmpty()) {
                    keys.add(suggestionKey(was.span(), was.label(), null));
                }
            }
        }
        return keys;
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

    /**
     * The mention exactly as stored. Without its arguments: a decision that keeps the mention never
     * changes the arguments pointing at it (those are restored with their events).
     */
    @Transactional(readOnly = true)
    public EntitySnapshot snapshotEntity(long mentionId) {
        return EntitySnapshot.of(mentions.findById(mentionId)
                .orElseThrow(() -> new StaleAnnotationException("Annotation " + mentionId)), List.of());
    }

    /** The mention exactly as stored with the event arguments that point at it: what a delete takes along. */
    @Transactional(readOnly = true)
    public EntitySnapshot snapshotEntityWithArguments(long mentionId) {
        return EntitySnapshot.of(mentions.findById(mentionId)
                .orElseThrow(() -> new StaleAnnotationException("Annotation " + mentionId)),
                mentions.findArgumentsOf(List.of(mentionId)));
    }

    /** Several mentions exactly as stored (without arguments), in the order asked. */
    @Transactional(readOnly = true)
    public List<EntitySnapshot> snapshotEntities(List<Long> mentionIds) {
        Map<Long, EntityMention> byId = findAll(mentionIds);
        return mentionIds.stream().map(id -> {
            EntityMention mention = byId.get(id);
            if (mention == null) {
                throw new StaleAnnotationException("Annotation " + id);
            }
            return EntitySnapshot.of(mention, List.of());
        }).toList();
    }

    /**
     * Brings a mention from the state {@code expected} to the state {@code target} (undo and redo):
     * a null target deletes it, a null expected state means it must not exist and comes back under
     * its own id with the event arguments that pointed at it. Refused if the stored mention no
     * longer shows {@code expected} (someone changed it since), so an undo never overwrites a
     * decision it did not make.
     */
    @Transactional
    public java.util.Optional<EntityMention> restoreEntity(EntitySnapshot expected, EntitySnapshot target, String actor) {
        long id = target != null ? target.id() : expected.id();
        java.util.Optional<EntityMention> current = mentions.findById(id);
        boolean asExpected = expected == null ? current.isEmpty()
                : current.isPresent() && expected.sameContent(current.get());
        if (!asExpected) {
            throw new StaleAnnotationException("Annotation " + id);
        }
        if (target == null) {
            deleteEntity(id, current.get().getVersion(), actor);
            return java.util.Optional.empty();
        }
        String before = current.map(DecisionLog::snapshot).orElse(null);
        if (current.isPresent()) {
            EntityMention mention = current.get();
            mention.relabel(target.label());
            mention.respan(target.span());
            mention.setReview(target.review());
            mention.setCanonicalName(target.canonicalName());
            mention.setKbId(target.kbId());
            mention.setSuggestionDetails(target.enginesJson(), target.alternativesJson(), target.origin());
            mentions.saveAndFlush(mention);
        } else {
            mentions.flush();
            rows.insertEntity(target);
        }
        if (current.isEmpty()) {
            // Its arguments went with it (ON DELETE CASCADE): they come back with it. An existing
            // mention's arguments are its events' business and are restored with them.
            java.util.Set<Long> touchedEvents = new java.util.HashSet<>();
            for (ArgumentSnapshot argument : target.arguments()) {
                if (rows.insertArgumentIfPossible(argument)) {
                    touchedEvents.add(argument.eventId());
                }
            }
            rows.bumpEventVersions(touchedEvents);
        }
        entityManager.clear();
        EntityMention restored = mentions.findById(id).orElseThrow();
        decisionLog.entity(Decision.Action.RESTORE, restored, before, actor, null);
        return java.util.Optional.of(restored);
    }

    @Transactional
    public void deleteEntity(long mentionId, long expectedVersion, String actor) {
        EntityMention mention = load(mentionId, expectedVersion);
        String before = DecisionLog.snapshot(mention);
        // The database deletes its arguments (ON DELETE CASCADE); their events change with them. The
        // persistence context may hold those arguments (a snapshot was taken): it lets go of them first.
        java.util.Set<Long> eventIds = mentions.findArgumentsOf(List.of(mentionId)).stream()
                .map(argument -> argument.getEvent().getId()).collect(java.util.stream.Collectors.toSet());
        entityManager.flush();
        entityManager.clear();
        rows.bumpEventVersions(eventIds);
        mentions.delete(mentions.findById(mentionId).orElseThrow());
        mentions.flush();
        decisionLog.entityDeleted(mention, before, actor);
    }

    /** Accepts several annotations at once; their history rows share one batch id, for undo. */
    @Transactional
    public List<EntityMention> acceptEntities(List<VersionedId> ids, String actor) {
        return decideEntities(ids, AnnotationStatus.ACCEPTED, Decision.Action.ACCEPT, actor);
    }

    /** Rejects several annotations at once (one string everywhere); one batch, like acceptEntities. */
    @Transactional
    public List<EntityMention> rejectEntities(List<VersionedId> ids, String actor) {
        return decideEntities(ids, AnnotationStatus.REJECTED, Decision.Action.REJECT, actor);
    }

    private List<EntityMention> decideEntities(List<VersionedId> ids, AnnotationStatus status, Decision.Action action,
                                               String actor) {
        String batch = java.util.UUID.randomUUID().toString();
        List<EntityMention> decided = new java.util.ArrayList<>();
        for (VersionedId id : ids) {
            EntityMention mention = load(id.id(), id.version());
            String before = DecisionLog.snapshot(mention);
            mention.setReview(new ReviewState(status, actor, clock.instant()));
            mentions.saveAndFlush(mention);
            decisionLog.entity(action, mention, before, actor, batch);
            decided.add(mention);
        }
        return decided;
    }

    /** Ids of the pending mentions, across the corpus, of exactly this text with this label. */
    @Transactional(readOnly = true)
    public List<Long> findPendingCovering(String text, String label) {
        return mentions.findPendingCovering(text, label, text.codePointCount(0, text.length()));
    }

    /** In how many documents findPendingCovering finds mentions. */
    @Transactional(readOnly = true)
    public long countDocumentsWithPendingCovering(String text, String label) {
        return mentions.countDocumentsWithPendingCovering(text, label, text.codePointCount(0, text.length()));
    }

    /** The versions of those of these mentions that are still pending (to decide them all at once). */
    @Transactional(readOnly = true)
    public List<VersionedId> stillPending(List<Long> mentionIds) {
        Map<Long, EntityMention> byId = findAll(mentionIds);
        return mentionIds.stream().map(byId::get)
                .filter(mention -> mention != null && mention.getStatus() == AnnotationStatus.PENDING)
                .map(mention -> new VersionedId(mention.getId(), mention.getVersion())).toList();
    }

    /**
     * Loads mentions by id in slices: one "id in (…)" per thousand, because SQLite refuses a
     * statement with more than 32,766 parameters (rejecting "Iran" everywhere in a big corpus).
     */
    private Map<Long, EntityMention> findAll(List<Long> mentionIds) {
        Map<Long, EntityMention> byId = new HashMap<>();
        for (int from = 0; from < mentionIds.size(); from += ID_SLICE) {
            mentions.findAllById(mentionIds.subList(from, Math.min(mentionIds.size(), from + ID_SLICE)))
                    .forEach(mention -> byId.put(mention.getId(), mention));
        }
        return byId;
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
