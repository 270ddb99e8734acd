package org.goldset.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one word rule, as the span keys, the trigger picker and the phrase matcher all see it. */
class WordsTest {

    @Test
    void an_apostrophe_or_hyphen_between_letters_keeps_one_word_but_a_phrase_may_end_before_it() {
        String text = "Iran's Russia-backed allies";
        assertThat(Words.in(text)).extracting(word -> text.substring(word.start(), word.end()))
                .containsExactly("Iran's", "Russia-backed", "allies");
        PhraseMatcher matcher = new PhraseMatcher();
        matcher.add("Iran", "GPE", false, 1);
        matcher.add("Russia", "GPE", false, 1);
        assertThat(matcher.findAll(new TextOffsets(text))).extracting(PhraseMatcher.Match::span)
                .containsExactly(new Span(0, 4), new Span(7, 13));
    }

    @Test
    void combining_marks_belong_to_their_word_and_emoji_to_none() {
        String text = "👍 Qom\u0301 café";
        assertThat(Words.in(text)).extracting(word -> text.substring(word.start(), word.end()))
                .containsExactly("Qom\u0301", "café");
        PhraseMatcher matcher = new PhraseMatcher();
        matcher.add("Qom", "GPE", false, 1);
        assertThat(matcher.findAll(new TextOffsets(text))).isEmpty();
    }

    @Test
    void growing_a_span_that_ends_inside_a_word_first_takes_the_rest_of_that_word() {
        TextOffsets text = new TextOffsets("🇮🇷 Iran's drones");
        assertThat(SpanAdjuster.grow(text, new Span(3, 7), SpanAdjuster.Edge.END))
                .map(span -> text.slice(span.start(), span.end())).contains("Iran's");
        assertThat(SpanAdjuster.shrink(text, new Span(3, 16), SpanAdjuster.Edge.START))
                .map(span -> text.slice(span.start(), span.end())).contains("drones");
    }
}
