package org.goldset.annotation;

/** The editable state of an entity mention, kept to undo or redo a decision. */
public record EntityState(Span span, String label, ReviewState review) {

    public static EntityState of(EntityMention mention) {
        return new EntityState(mention.getSpan(), mention.getLabel(), mention.getReview());
    }
}
