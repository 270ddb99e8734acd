package org.goldset.annotation;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jakarta.persistence.EntityManager;
import org.goldset.base.RowIds;
import org.goldset.history.Decision;
import org.goldset.text.Span;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores entity mentions (and, on import, whole annotated documents) and every decision about them.
 * Each change writes its decision-history row in the same transaction, so the history can never
 * disagree with the annotations. Machine suggestions are stored by {@link SuggestionStore}; undo and
 * redo restore rows through {@link AnnotationSnapshots}.
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
    private final AnnotationImport annotationImport;
    private final JdbcTemplate jdbc;

    EntityService(EntityMentionRepository mentions, EventRepository events, DecisionLog decisionLog, StoredRows rows,
                  EntityManager entityManager, Clock clock, AnnotationImport annotationImport, JdbcTemplate jdbc) {
        this.annotationImport = annotationImport;
        this.jdbc = jdbc;
        this.mentions = mentions;
        this.events = events;
        this.decisionLog = decisionLog;
        this.rows = rows;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * Stores the annotations of one document as given (importers validate them first), through
     * {@link AnnotationImport}. Runs in the caller's transaction, so a rejected file leaves nothing behind.
     */
    @Transactional
    public void storeAnnotations(long documentId, List<EntityDraft> entityDrafts, List<EventDraft> eventDrafts,
                                 String actor) {
        AnnotationImport.Batch batch = annotationImport.batch(new RowIds(jdbc));
        batch.add(documentId, Layers.BASE, entityDrafts, eventDrafts, actor);
        batch.write();
    }

    @Transactional
    public EntityMention acceptEntity(long mentionId, long expectedVersion, String actor) {
        return decideEntity(mentionId, expectedVersion, AnnotationStatus.ACCEPTED, Decision.Action.ACCEPT, actor);
    }

    @Transactional
    public EntityMention rejectEntity(long mentionId, long expectedVersion, String actor) {
        return decideEntity(mentionId, expectedVersion, AnnotationStatus.REJECTED, Decision.Action.REJECT, actor);
    }

    /** An analyst marks a span the engines missed: stored in the layer as an ACCEPTED, MANUAL annotation. */
    @Transactional
    public EntityMention addManualEntity(long documentId, String layer, Span span, String label, String actor) {
        EntityMention mention = new EntityMention(documentId, span, label,
                new ReviewState(AnnotationStatus.ACCEPTED, actor, clock.instant()), Origin.manual(), clock.instant())
                .inLayer(layer);
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

    @Transactional
    public void deleteEntity(long mentionId, long expectedVersion, String actor) {
        EntityMention mention = load(mentionId, expectedVersion, actor);
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
            EntityMention mention = load(id.id(), id.version(), actor);
            String before = DecisionLog.snapshot(mention);
            mention.setReview(new ReviewState(status, actor, clock.instant()));
            mentions.saveAndFlush(mention);
            decisionLog.entity(action, mention, before, actor, batch);
            decided.add(mention);
        }
        return decided;
    }

    /** Ids of the pending mentions of one layer, across the corpus, of exactly this text with this label. */
    @Transactional(readOnly = true)
    public List<Long> findPendingCovering(String text, String label, String layer) {
        return mentions.findPendingCovering(text, label, layer, text.codePointCount(0, text.length()));
    }

    /** In how many documents findPendingCovering finds mentions. */
    @Transactional(readOnly = true)
    public long countDocumentsWithPendingCovering(String text, String label, String layer) {
        return mentions.countDocumentsWithPendingCovering(text, label, layer, text.codePointCount(0, text.length()));
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
    Map<Long, EntityMention> findAll(List<Long> mentionIds) {
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
        EntityMention mention = load(mentionId, expectedVersion, actor);
        String before = DecisionLog.snapshot(mention);
        edit.accept(mention);
        mentions.saveAndFlush(mention);
        decisionLog.entity(action, mention, before, actor, null);
        return mention;
    }

    private EntityMention load(long mentionId, long expectedVersion, String actor) {
        EntityMention mention = mentions.findById(mentionId)
                .orElseThrow(() -> new StaleAnnotationException("Annotation " + mentionId));
        Layers.checkDecider(mention.getLayer(), actor);
        if (mention.getVersion() != expectedVersion) {
            throw new StaleAnnotationException("Annotation " + mentionId);
        }
        return mention;
    }

    /** A layer's entities of the document, in reading order. */
    @Transactional(readOnly = true)
    public List<EntityMention> findEntities(long documentId, String layer) {
        return mentions.findByDocumentIdAndLayerOrderByStartAscEndAscIdAsc(documentId, layer);
    }

    @Transactional(readOnly = true)
    public List<EntityMention> findEntities(long documentId, String layer, Collection<AnnotationStatus> statuses) {
        return mentions.findByDocumentIdAndLayerAndReviewStatusInOrderByStartAscEndAscIdAsc(documentId, layer, statuses);
    }

    @Transactional(readOnly = true)
    public AnnotationCounts countEntities(long documentId, String layer) {
        return new AnnotationCounts(
                mentions.countByDocumentIdAndLayerAndReviewStatus(documentId, layer, AnnotationStatus.PENDING),
                mentions.countByDocumentIdAndLayerAndReviewStatus(documentId, layer, AnnotationStatus.ACCEPTED),
                mentions.countByDocumentIdAndLayerAndReviewStatus(documentId, layer, AnnotationStatus.REJECTED));
    }

    private EntityMention decideEntity(long mentionId, long expectedVersion, AnnotationStatus status,
                                       Decision.Action action, String actor) {
        return change(mentionId, expectedVersion, action, actor,
                mention -> mention.setReview(new ReviewState(status, actor, clock.instant())));
    }
}
