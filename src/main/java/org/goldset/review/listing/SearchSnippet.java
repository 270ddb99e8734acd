package org.goldset.review.listing;

import java.util.ArrayList;
import java.util.List;

/** A few words of the article around what was searched for, the words found marked as hits. */
public record SearchSnippet(List<Part> parts) {

    /** Marks FTS5's snippet() puts around each hit: control characters no article text contains. */
    static final char HIT_START = '\u0001';
    static final char HIT_END = '\u0002';

    public SearchSnippet {
        parts = List.copyOf(parts);
    }

    /** Splits FTS5's marked snippet into plain and hit parts; empty when nothing in it was a hit. */
    static java.util.Optional<SearchSnippet> parse(String marked) {
        if (marked == null || marked.indexOf(HIT_START) < 0) {
            return java.util.Optional.empty();
        }
        List<Part> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c == HIT_START || c == HIT_END) {
                if (!current.isEmpty()) {
                    parts.add(new Part(current.toString(), c == HIT_END));
                    current.setLength(0);
                }
            } else {
                // Line breaks inside the article would break the one-line snippet.
                current.append(Character.isWhitespace(c) ? ' ' : c);
            }
        }
        if (!current.isEmpty()) {
            parts.add(new Part(current.toString(), false));
        }
        return java.util.Optional.of(new SearchSnippet(parts));
    }

    /** A run of the snippet's text; hit when it is a word searched for. */
    public record Part(String text, boolean hit) {
    }
}
