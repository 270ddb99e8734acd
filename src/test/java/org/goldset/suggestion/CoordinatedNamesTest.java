package org.goldset.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.goldset.text.Span;
import org.goldset.text.TextOffsets;
import org.junit.jupiter.api.Test;

class CoordinatedNamesTest {

    @Test
    void a_listed_name_before_and_is_cut_off_coreNlps_joined_mention_but_a_name_with_its_own_and_stays() {
        String text = "Hamas, Palestinian Islamic Jihad and Popular Front for the Liberation of Palestine; "
                + "the Cybersecurity and Infrastructure Security Agency.";
        TextOffsets offsets = new TextOffsets(text);
        List<SuggestionMerger.RankedProposal> proposals = List.of(
                proposal(offsets, "Palestinian Islamic Jihad and Popular Front for the Liberation of Palestine",
                        "corenlp-ner", 4),
                proposal(offsets, "Palestinian Islamic Jihad", "gazetteer", 1),
                proposal(offsets, "Cybersecurity and Infrastructure Security Agency", "corenlp-ner", 4));

        List<MergedSuggestion> merged = SuggestionMerger.merge(CoordinatedNames.split(proposals, offsets));

        assertThat(merged).extracting(s -> offsets.slice(s.span().start(), s.span().end()))
                .containsExactly("Palestinian Islamic Jihad", "Popular Front for the Liberation of Palestine",
                        "Cybersecurity and Infrastructure Security Agency");
    }

    private static SuggestionMerger.RankedProposal proposal(TextOffsets offsets, String phrase, String engine,
                                                            int priority) {
        int at = offsets.text().indexOf(phrase);
        Span span = new Span(offsets.toCodePoints(at), offsets.toCodePoints(at + phrase.length()));
        return new SuggestionMerger.RankedProposal(
                new MergedSuggestion.Proposal(engine, "1", span, "ORGANIZATION", 0.6), priority);
    }
}
