package org.goldset.review.listing;

import org.goldset.annotation.AnnotationStatus;

/**
 * "Documents containing …": an annotation of this label (an entity label or an event type), with this
 * decision, whose covered text contains these words, suggested by this engine. Null parts match
 * anything; at least a label or an engine is given, so every filter reads an index (migration V6).
 */
public record AnnotationFilter(Label label, AnnotationStatus status, String coveredText, String engine) {

    public AnnotationFilter {
        if (label == null && engine == null) {
            throw new IllegalArgumentException("an annotation filter needs a label or an engine");
        }
        coveredText = coveredText == null || coveredText.isBlank() ? null : coveredText.strip();
    }

    /** An entity label or an event type, as the documents list offers them. */
    public record Label(Kind kind, String name) {

        public static Label entity(String name) {
            return new Label(Kind.ENTITY, name);
        }

        public static Label event(String type) {
            return new Label(Kind.EVENT, type);
        }
    }

    public enum Kind { ENTITY, EVENT }
}
