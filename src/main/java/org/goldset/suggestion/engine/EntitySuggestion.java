package org.goldset.suggestion.engine;

import org.goldset.text.Span;

/** One engine's proposal: this span (code points) is an entity of this label, with this confidence. */
public record EntitySuggestion(Span span, String label, double score) {

    public EntitySuggestion {
        if (score < 0 || score > 1) {
            throw new IllegalArgumentException("a score is a confidence in [0, 1]; got " + score);
        }
    }
}
