package org.goldset.annotation;

/** An entity mention to be stored; {@code key} is its id in the source file (may be null). */
public record EntityDraft(String key, Span span, String label, ReviewState review, Origin origin,
                          String canonicalName, String kbId) {
}
