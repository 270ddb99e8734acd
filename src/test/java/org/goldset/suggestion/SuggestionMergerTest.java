package org.goldset.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.goldset.text.Span;
import org.junit.jupiter.api.Test;

class SuggestionMergerTest {

    private static SuggestionMerger.RankedProposal proposal(String engine, int priority, int start, int end,
                                                            String label, double score) {
        return new SuggestionMerger.RankedProposal(
                new MergedSuggestion.Proposal(engine, "1", new Span(start, end), label, score), priority);
    }

    @Test
    void duplicates_from_several_engines_become_one_suggestion_with_the_best_score_and_every_engine() {
        List<MergedSuggestion> merged = SuggestionMerger.merge(List.of(
                proposal("gazetteer", 0, 10, 16, "GPE", 0.9),
                proposal("corenlp-ner", 1, 10, 16, "GPE", 0.97)));

        assertThat(merged).singleElement().satisfies(suggestion -> {
            assertThat(suggestion.label()).isEqualTo("GPE");
            assertThat(suggestion.score()).isEqualTo(0.97);
            assertThat(suggestion.engineId()).isEqualTo("gazetteer");
            assertThat(suggestion.provenance()).extracting(MergedSuggestion.Proposal::engine)
                    .containsExactlyInAnyOrder("gazetteer", "corenlp-ner");
            assertThat(suggestion.alternatives()).isEmpty();
        });
    }

    @Test
    void the_same_span_with_different_labels_keeps_the_priority_label_and_the_other_as_alternative() {
        List<MergedSuggestion> merged = SuggestionMerger.merge(List.of(
                proposal("corenlp-ner", 1, 0, 6, "LOCATION", 0.99),
                proposal("gazetteer", 0, 0, 6, "GPE", 0.9)));

        assertThat(merged).singleElement().satisfies(suggestion -> {
            assertThat(suggestion.label()).isEqualTo("GPE");
            assertThat(suggestion.alternatives()).singleElement().satisfies(alternative -> {
                assertThat(alternative.label()).isEqualTo("LOCATION");
                assertThat(alternative.engines()).containsExactly("corenlp-ner");
            });
        });
    }

    @Test
    void overlapping_spans_merge_into_the_longest_and_separate_ones_stay_apart() {
        List<MergedSuggestion> merged = SuggestionMerger.merge(List.of(
                proposal("gazetteer", 0, 5, 15, "ORGANIZATION", 0.9),
                proposal("corenlp-ner", 1, 0, 15, "ORGANIZATION", 0.8),
                proposal("corenlp-ner", 1, 20, 27, "PERSON", 0.95)));

        assertThat(merged).extracting(MergedSuggestion::span).containsExactly(new Span(0, 15), new Span(20, 27));
        assertThat(merged.getFirst().provenance()).hasSize(2);
    }

    @Test
    void a_chain_of_overlaps_leaves_every_non_overlapping_winner() {
        List<MergedSuggestion> merged = SuggestionMerger.merge(List.of(
                proposal("a", 0, 0, 10, "ORGANIZATION", 0.9),
                proposal("b", 1, 8, 12, "GPE", 0.9),
                proposal("c", 1, 11, 20, "PERSON", 0.9)));

        assertThat(merged).extracting(MergedSuggestion::span).containsExactly(new Span(0, 10), new Span(11, 20));
    }
}
