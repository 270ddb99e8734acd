package org.goldset.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Every word ({@link Words}) of an article with a little context, so an analyst can pick an event's trigger by
 * typing it ("strike") instead of selecting it with the mouse.
 */
public final class WordOccurrences {

    /** A word, its code-point span and the text around it. */
    public record Word(Span span, String word, String context) {
    }

    private static final int CONTEXT = 30;

    private WordOccurrences() {
    }

    public static List<Word> in(TextOffsets offsets) {
        String text = offsets.text();
        List<Word> words = new ArrayList<>();
        for (Words.Bounds word : Words.in(text)) {
            int from = Math.max(0, word.start() - CONTEXT);
            int to = Math.min(text.length(), word.end() + CONTEXT);
            String context = (from > 0 ? "…" : "") + text.substring(from, to).replaceAll("\\s+", " ").strip()
                    + (to < text.length() ? "…" : "");
            words.add(new Word(new Span(offsets.toCodePoints(word.start()), offsets.toCodePoints(word.end())),
                    text.substring(word.start(), word.end()), context));
        }
        return words;
    }
}
