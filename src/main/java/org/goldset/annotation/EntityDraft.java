package org.goldset.annotation;

import org.goldset.text.Span;

/**
 * An entity mention to be stored; {@code key} is its id in the source file (may be null).
 * {@code enginesJson} and {@code alternativesJson} describe merged machine suggestions (may be null).
 */
public record EntityDraft(String key, Span span, String label, ReviewState review, Origin origin,
                          String canonicalName, String kbId, String enginesJson, String alternativesJson) {

    public EntityDraft(String key, Span span, String label, ReviewState review, Origin origin,
                       String canonicalName, String kbId) {
        this(key, span, label, review, origin, canonicalName, kbId, null, null);
    }
}
