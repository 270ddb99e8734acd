package org.goldset.review;

import java.util.Optional;
import org.goldset.annotation.Span;
import org.goldset.base.TextOffsets;

/**
 * Grows or shrinks a span by one word at either end, for the keyboard. A word is a run of letters
 * or digits; the span never becomes empty and never leaves the text.
 */
public final class SpanAdjuster {

    public enum Edge { START, END }

    private SpanAdjuster() {
    }

    public static Optional<Span> grow(TextOffsets text, Span span, Edge edge) {
        String s = text.text();
        int start = text.toUtf16(span.start());
        int end = text.toUtf16(span.end());
        if (edge == Edge.END) {
            int gap = skipGap(s, end, 1);
            int next = skipWord(s, gap, 1);
            return next == gap ? Optional.empty() : Optional.of(toSpan(text, start, next));
        }
        int gap = skipGap(s, start, -1);
        int previous = skipWord(s, gap, -1);
        return previous == gap ? Optional.empty() : Optional.of(toSpan(text, previous, end));
    }

    public static Optional<Span> shrink(TextOffsets text, Span span, Edge edge) {
        String s = text.text();
        int start = text.toUtf16(span.start());
        int end = text.toUtf16(span.end());
        if (edge == Edge.END) {
            int newEnd = skipGap(s, skipWord(s, end, -1), -1);
            return newEnd <= start ? Optional.empty() : Optional.of(toSpan(text, start, newEnd));
        }
        int newStart = skipGap(s, skipWord(s, start, 1), 1);
        return newStart >= end ? Optional.empty() : Optional.of(toSpan(text, newStart, end));
    }

    /** Moves over non-word characters from {@code at} in direction {@code step} (±1). */
    private static int skipGap(String s, int at, int step) {
        int i = at;
        while (inside(s, i, step) && !isWord(s.charAt(step > 0 ? i : i - 1))) {
            i += step;
        }
        return i;
    }

    private static int skipWord(String s, int at, int step) {
        int i = at;
        while (inside(s, i, step) && isWord(s.charAt(step > 0 ? i : i - 1))) {
            i += step;
        }
        return i;
    }

    private static boolean inside(String s, int i, int step) {
        return step > 0 ? i < s.length() : i > 0;
    }

    private static boolean isWord(char c) {
        return Character.isLetterOrDigit(c) || c == '\'' || c == '’' || c == '-';
    }

    private static Span toSpan(TextOffsets text, int utf16Start, int utf16End) {
        return new Span(text.toCodePoints(utf16Start), text.toCodePoints(utf16End));
    }
}
