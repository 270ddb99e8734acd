package org.goldset.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseMatcherTest {

    private final PhraseMatcher matcher = new PhraseMatcher();

    {
        matcher.add("Quds Force", "ORGANIZATION", false, 0.9);
        matcher.add("IRGC-Quds Force", "ORGANIZATION", false, 0.9);
        matcher.add("IRGC", "ORGANIZATION", false, 0.9);
        matcher.add("drones", "WEAPON", true, 0.9);
        matcher.add("Iran", "GPE", false, 0.9);
    }

    @Test
    void the_longest_phrase_wins_and_matches_never_overlap() {
        List<PhraseMatcher.Match> matches = matcher.findAll(new TextOffsets("The IRGC-Quds Force and the IRGC."));
        assertThat(matches).extracting(PhraseMatcher.Match::span).containsExactly(new Span(4, 19), new Span(28, 32));
    }

    @Test
    void only_whole_words_match_and_case_follows_each_phrase() {
        List<PhraseMatcher.Match> matches = matcher.findAll(new TextOffsets("Iranian DRONES hit Iran; iran denies."));
        assertThat(matches).extracting(PhraseMatcher.Match::label).containsExactly("WEAPON", "GPE");
        assertThat(matches).extracting(PhraseMatcher.Match::span).containsExactly(new Span(8, 14), new Span(19, 23));
    }

    @Test
    void offsets_are_code_points_after_emoji() {
        TextOffsets text = new TextOffsets("🇮🇷🔥 Iran sent drones");
        List<PhraseMatcher.Match> matches = matcher.findAll(text);
        assertThat(matches).extracting(m -> text.slice(m.span().start(), m.span().end()))
                .containsExactly("Iran", "drones");
        assertThat(matches.getFirst().span()).isEqualTo(new Span(4, 8));
    }
}
