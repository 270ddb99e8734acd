package org.goldset.annotation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.goldset.text.Span;

/**
 * An entity mention exactly as stored: id, layer (and the row it was copied from), span, label, status, provenance (engine, version, score,
 * the engines and alternatives of a merged suggestion), canonical name and KB id, and, taken before
 * a delete, the event arguments that point at it. An undo step holds these, so undoing a delete
 * brings back the same row and the arguments the delete cascaded away, not a lookalike.
 */
public record EntitySnapshot(long id, long documentId, String layer, Long copiedFrom, String externalId, Span span, String label, ReviewState review,
                             Origin origin, String canonicalName, String kbId, String enginesJson,
                             String alternativesJson, Instant createdAt, List<ArgumentSnapshot> arguments) {

    public EntitySnapshot {
        arguments = List.copyOf(arguments);
    }

    static EntitySnapshot of(EntityMention mention, List<EventArgument> pointingAtIt) {
        return new EntitySnapshot(mention.getId(), mention.getDocumentId(), mention.getLayer(),
                mention.getCopiedFrom(), mention.getExternalId(), mention.getSpan(),
                mention.getLabel(), mention.getReview(), mention.getOrigin(), mention.getCanonicalName(),
                mention.getKbId(), mention.getEnginesJson(), mention.getAlternativesJson(), mention.getCreatedAt(),
                pointingAtIt.stream().map(ArgumentSnapshot::of).toList());
    }

    public AnnotationStatus status() {
        return review.getStatus();
    }

    /** True when the stored mention still shows what this snapshot shows (span, label, status). */
    boolean sameContent(EntityMention mention) {
        return mention.getSpan().equals(span) && mention.getLabel().equals(label)
                && mention.getStatus() == status() && Objects.equals(mention.getKbId(), kbId);
    }
}
