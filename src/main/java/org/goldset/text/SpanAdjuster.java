package org.goldset.text;

import java.util.List;
import java.util.Optional;

/**
 * Grows or shrinks a span by one word ({@link Words}) at either end, for the keyboard. A span that
 * ends inside a word grows to the end of that word first; the span never becomes empty and never
 * leaves the text.
 */
public final class SpanAdjuster {

    public enum Edge { START, END }

    private SpanAdjuster() {
    }

    public static Optional<Span> grow(TextOffsets text, Span span, Edge edge) {
        int start = text.toUtf16(span.start());
        int end = text.toUtf16(span.end());
        Words.Around around = Words.around(text.text(), start, end);
        List<Words.Bounds> inside = around.inside();
        if (edge == Edge.END) {
            Words.Bounds last = inside.isEmpty() ? null : inside.getLast();
            int next = last != null && last.end() > end ? last.end() : around.after() != null ? around.after().end() : end;
            return next == end ? Optional.empty() : Optional.of(toSpan(text, start, next));
        }
        Words.Bounds first = inside.isEmpty() ? null : inside.getFirst();
        int previous = first != null && first.start() < start ? first.start()
                : around.before() != null ? around.before().start() : start;
        return previous == start ? Optional.empty() : Optional.of(toSpan(text, previous, end));
    }

    public static Optional<Span> shrink(TextOffsets text, Span span, Edge edge) {
        int start = text.toUtf16(span.start());
        int end = text.toUtf16(span.end());
        List<Words.Bounds> inside = Words.around(text.text(), start, end).inside();
        if (inside.size() < 2) {
            return Optional.empty();
        }
        return Optional.of(edge == Edge.END
                ? toSpan(text, start, inside.get(inside.size() - 2).end())
                : toSpan(text, inside.get(1).start(), end));
    }

    private static Span toSpan(TextOffsets text, int utf16Start, int utf16End) {
        return new Span(text.toCodePoints(utf16Start), text.toCodePoints(utf16End));
    }
}
