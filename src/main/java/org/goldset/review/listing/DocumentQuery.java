package org.goldset.review.listing;

import org.goldset.corpus.DocumentStatus;

/**
 * Which documents the list shows: those whose ids, titles, outlets or text contain every word
 * searched for, with this status, containing an annotation that matches the filter. Null parts
 * match every document.
 */
public record DocumentQuery(String search, DocumentStatus status, AnnotationFilter annotation) {

    public static final DocumentQuery ALL = new DocumentQuery(null, null, null);
}
