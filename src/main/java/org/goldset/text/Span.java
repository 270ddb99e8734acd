package org.goldset.text;

/** A half-open range [start, end) of Unicode code points in a document's text. */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("a span needs 0 <= start < end; got [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }
}
