package org.goldset.suggestion.engine.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.goldset.nlp.AnalyzedSentence;
import org.goldset.nlp.AnalyzedToken;
import org.goldset.nlp.DocumentAnalysis;
import org.goldset.nlp.NerMention;
import org.goldset.text.Span;
import org.goldset.text.TextOffsets;
import org.goldset.suggestion.engine.EntitySuggestion;
import org.junit.jupiter.api.Test;

/** A place name CoreNLP cut in two mentions of different place classes is suggested whole, as a GPE. */
class SplitPlaceNamesTest {

    private static final String TEXT = "Talks resume in Mexico City and Paris, France.";

    @Test
    void touching_proper_noun_place_mentions_are_one_name_and_separated_ones_stay_apart() {
        List<AnalyzedToken> tokens = List.of(token("Talks", "NNS", 0), token("resume", "VBP", 6), token("in", "IN", 13),
                token("Mexico", "NNP", 16), token("City", "NNP", 23), token("and", "CC", 28), token("Paris", "NNP", 32),
                token(",", ",", 37), token("France", "NNP", 39), token(".", ".", 45));
        List<NerMention> mentions = List.of(
                new NerMention(16, 22, "Mexico", "COUNTRY", 0.9, null, 0, 3, 4),
                new NerMention(23, 27, "City", "LOCATION", 0.8, null, 0, 4, 5),
                new NerMention(32, 37, "Paris", "CITY", 0.9, null, 0, 6, 7),
                new NerMention(39, 45, "France", "COUNTRY", 0.9, null, 0, 8, 9));
        DocumentAnalysis analysis = new DocumentAnalysis(1, new TextOffsets(TEXT), null,
                List.of(new AnalyzedSentence(0, tokens, List.of())), mentions);

        List<EntitySuggestion> suggestions = new CoreNlpEntityEngine().suggest(analysis);

        assertThat(suggestions).extracting(EntitySuggestion::span, EntitySuggestion::label).containsExactly(
                org.assertj.core.groups.Tuple.tuple(new Span(16, 27), "GPE"),
                org.assertj.core.groups.Tuple.tuple(new Span(32, 37), "GPE"),
                org.assertj.core.groups.Tuple.tuple(new Span(39, 45), "GPE"));
    }

    private static AnalyzedToken token(String word, String pos, int start) {
        return new AnalyzedToken(word, word.toLowerCase(java.util.Locale.ROOT), pos, "O", start, start + word.length());
    }
}
