package org.goldset.annotation;

/** How many annotations of a document are pending, accepted and rejected. */
public record AnnotationCounts(long pending, long accepted, long rejected) {
}
