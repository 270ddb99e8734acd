package org.goldset.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpanAdjusterTest {

    private static final String TEXT = "👍 Maj. Gen. Qassem Soleimani, IRGC";
    private final TextOffsets text = new TextOffsets(TEXT);

    private Span span(String covered) {
        int start = text.toCodePoints(TEXT.indexOf(covered));
        return new Span(start, start + covered.codePointCount(0, covered.length()));
    }

    private String covered(Span span) {
        return text.slice(span.start(), span.end());
    }

    @Test
    void growing_takes_in_the_next_word_at_either_end() {
        assertThat(SpanAdjuster.grow(text, span("Qassem"), SpanAdjuster.Edge.END)).map(this::covered)
                .contains("Qassem Soleimani");
        assertThat(SpanAdjuster.grow(text, span("Qassem"), SpanAdjuster.Edge.START)).map(this::covered)
                .contains("Gen. Qassem");
    }

    @Test
    void shrinking_drops_the_last_or_first_word_and_never_empties_the_span() {
        assertThat(SpanAdjuster.shrink(text, span("Gen. Qassem Soleimani"), SpanAdjuster.Edge.START))
                .map(this::covered).contains("Qassem Soleimani");
        assertThat(SpanAdjuster.shrink(text, span("Qassem Soleimani"), SpanAdjuster.Edge.END))
                .map(this::covered).contains("Qassem");
        assertThat(SpanAdjuster.shrink(text, span("Qassem"), SpanAdjuster.Edge.END)).isEmpty();
    }

    @Test
    void a_span_at_the_edge_of_the_text_cannot_grow_past_it() {
        assertThat(SpanAdjuster.grow(text, span("IRGC"), SpanAdjuster.Edge.END)).isEmpty();
        assertThat(SpanAdjuster.grow(text, span("Maj"), SpanAdjuster.Edge.START)).isEmpty();
    }
}
