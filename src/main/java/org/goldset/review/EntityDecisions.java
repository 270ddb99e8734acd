package org.goldset.review;

import java.util.List;
import java.util.function.Supplier;
import org.goldset.annotation.AnnotationSnapshots;
import org.goldset.annotation.EntityMention;
import org.goldset.annotation.EntityService;
import org.goldset.annotation.EntitySnapshot;
import org.goldset.annotation.VersionedId;
import org.goldset.corpus.Document;
import org.goldset.schema.AnnotationSchema;
import org.goldset.text.Span;
import org.goldset.text.TextOffsets;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review screen's door for decisions about entity mentions. Each decision is one transaction,
 * made with the version the analyst saw, and returns what changed together with an {@link UndoStep}
 * holding the full stored state before and after, which {@link ReviewHistory} can take back.
 */
@PreAuthorize("hasRole('ANALYST')")
@Service
public class EntityDecisions {

    private final EntityService entities;
    private final AnnotationSnapshots snapshots;
    private final AnnotationSchema schema;

    EntityDecisions(EntityService entities, AnnotationSnapshots snapshots, AnnotationSchema schema) {
        this.entities = entities;
        this.snapshots = snapshots;
        this.schema = schema;
    }

    @Transactional
    public ReviewChange accept(Document document, VersionedId id, String analyst) {
        return change(document, id, "accept", () -> entities.acceptEntity(id.id(), id.version(), analyst));
    }

    @Transactional
    public ReviewChange reject(Document document, VersionedId id, String analyst) {
        return change(document, id, "reject", () -> entities.rejectEntity(id.id(), id.version(), analyst));
    }

    /** Corrects the label; the mention becomes ACCEPTED. */
    @Transactional
    public ReviewChange relabel(Document document, VersionedId id, String label, String analyst) {
        checkLabel(label);
        return change(document, id, "relabel as " + label,
                () -> entities.relabelEntity(id.id(), id.version(), label, analyst));
    }

    /** Corrects the span; the mention becomes ACCEPTED. */
    @Transactional
    public ReviewChange respan(Document document, VersionedId id, Span span, String analyst) {
        checkInside(document, span, "the new span");
        return change(document, id, "adjust span of",
                () -> entities.respanEntity(id.id(), id.version(), span, analyst));
    }

    /** Marks a span the engines missed: an ACCEPTED, MANUAL mention. */
    @Transactional
    public ReviewChange add(Document document, Span span, String label, String analyst) {
        checkLabel(label);
        checkInside(document, span, "the selection");
        EntityMention created = entities.addManualEntity(document.getId(), analyst, span, label, analyst);
        EntitySnapshot after = snapshots.snapshotEntity(created.getId());
        return new ReviewChange(List.of(created), List.of(), List.of(), List.of(), new UndoStep(
                "add " + Describe.span(document, span, label), List.of(new UndoStep.Change<>(null, after)), List.of()));
    }

    /** Deletes the mention; its undo brings back the same row with the event arguments that pointed at it. */
    @Transactional
    public ReviewChange delete(Document document, VersionedId id, String analyst) {
        EntitySnapshot before = snapshots.snapshotEntityWithArguments(id.id());
        entities.deleteEntity(id.id(), id.version(), analyst);
        return new ReviewChange(List.of(), List.of(id.id()), List.of(), List.of(), new UndoStep(
                "delete " + Describe.span(document, before.span(), before.label()),
                List.of(new UndoStep.Change<>(before, null)), List.of()));
    }

    /** Accepts several mentions at once: one transaction, one undo step. */
    @Transactional
    public ReviewChange acceptAll(Document document, List<VersionedId> ids, String analyst) {
        return bulk(ids, "accept " + ids.size() + " pending", () -> entities.acceptEntities(ids, analyst));
    }

    /**
     * What rejecting this mention's text and label everywhere would reject: every pending mention
     * of exactly that text with that label in the corpus (this one included) in the same layer (the
     * analyst's documents, never another analyst's), and in how many documents. Accepted and manual ones are never touched.
     */
    @Transactional(readOnly = true)
    public Everywhere previewRejectEverywhere(Document document, long mentionId) {
        EntityMention mention = entities.findEntity(mentionId)
                .orElseThrow(() -> new org.goldset.annotation.StaleAnnotationException("Annotation " + mentionId));
        String text = covered(document, mention.getSpan());
        List<Long> ids = entities.findPendingCovering(text, mention.getLabel(), mention.getLayer());
        return new Everywhere(text, mention.getLabel(), ids,
                entities.countDocumentsWithPendingCovering(text, mention.getLabel(), mention.getLayer()));
    }

    /**
     * Rejects a string as a label everywhere, as the analyst chose after the preview: one
     * transaction, one undo step. The rejections are evidence: a string rejected three times and
     * never accepted with that label is no longer suggested (DecisionMemory).
     */
    @Transactional
    public ReviewChange rejectEverywhere(Everywhere preview, String analyst) {
        List<VersionedId> ids = entities.stillPending(preview.mentionIds());
        return bulk(ids, "reject '" + preview.text() + "' " + preview.label() + " everywhere (" + ids.size() + ")",
                () -> entities.rejectEntities(ids, analyst));
    }

    /** A string with a label, and the pending mentions of it across the corpus. */
    public record Everywhere(String text, String label, List<Long> mentionIds, long documents) {

        public Everywhere {
            mentionIds = List.copyOf(mentionIds);
        }
    }

    private ReviewChange bulk(List<VersionedId> ids, String description, Supplier<List<EntityMention>> decision) {
        List<Long> mentionIds = ids.stream().map(VersionedId::id).toList();
        List<EntitySnapshot> before = snapshots.snapshotEntities(mentionIds);
        List<EntityMention> decided = decision.get();
        List<EntitySnapshot> after = snapshots.snapshotEntities(mentionIds);
        List<UndoStep.Change<EntitySnapshot>> changes = new java.util.ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            changes.add(new UndoStep.Change<>(before.get(i), after.get(i)));
        }
        return new ReviewChange(decided, List.of(), List.of(), List.of(), new UndoStep(description, changes, List.of()));
    }

    private static String covered(Document document, Span span) {
        return new TextOffsets(document.getText()).slice(span.start(), span.end());
    }

    private ReviewChange change(Document document, VersionedId id, String verb, Supplier<EntityMention> decision) {
        EntitySnapshot before = snapshots.snapshotEntity(id.id());
        EntityMention after = decision.get();
        EntitySnapshot afterState = snapshots.snapshotEntity(id.id());
        String what = verb.equals("relabel as " + after.getLabel())
                ? "relabel " + Describe.span(document, before.span(), before.label()) + " as " + after.getLabel()
                : verb + " " + Describe.span(document, after.getSpan(), after.getLabel());
        return new ReviewChange(List.of(after), List.of(), List.of(), List.of(),
                new UndoStep(what, List.of(new UndoStep.Change<>(before, afterState)), List.of()));
    }

    private void checkLabel(String label) {
        if (!schema.hasEntityType(label)) {
            throw new IllegalArgumentException("\"" + label + "\" is not a label of the schema ("
                    + schema.entityTypeNames() + ")");
        }
    }

    static void checkInside(Document document, Span span, String what) {
        if (span.end() > document.getTextLength()) {
            throw new IllegalArgumentException(what + " ends outside the text");
        }
    }
}
