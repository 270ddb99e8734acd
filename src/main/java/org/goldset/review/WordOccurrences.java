package org.goldset.review;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.goldset.annotation.Span;
import org.goldset.base.TextOffsets;

/**
 * Every word of an article with a little context, so an analyst can pick an event's trigger by
 * typing it ("strike") instead of selecting it with the mouse.
 */
public final class WordOccurrences {

    /** A word, its code-point span and the text around it. */
    public record Word(Span span, String word, String context) {
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}'’-]*");
    private static final int CONTEXT = 30;

    private WordOccurrences() {
    }

    public static List<Word> in(TextOffsets offsets) {
        String text = offsets.text();
        List<Word> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            int from = Math.max(0, matcher.start() - CONTEXT);
            int to = Math.min(text.length(), matcher.end() + CONTEXT);
            String context = (from > 0 ? "…" : "") + text.substring(from, to).replaceAll("\\s+", " ").strip()
                    + (to < text.length() ? "…" : "");
            words.add(new Word(new Span(offsets.toCodePoints(matcher.start()), offsets.toCodePoints(matcher.end())),
                    matcher.group(), context));
        }
        return words;
    }
}
