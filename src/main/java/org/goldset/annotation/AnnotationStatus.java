package org.goldset.annotation;

/** An annotation's review state. Only ACCEPTED annotations are gold. */
public enum AnnotationStatus {
    PENDING, ACCEPTED, REJECTED
}
