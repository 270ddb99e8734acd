package org.goldset.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.goldset.text.Span;
import org.goldset.text.TextOffsets;
import org.junit.jupiter.api.Test;

class CountryInstitutionsTest {

    @Test
    void a_country_in_front_of_its_institution_is_cut_off_but_not_from_a_company_name() {
        String text = "🇺🇸 The U.S. Treasury Department and Iran Air, and U.S. and allied forces.";
        TextOffsets offsets = new TextOffsets(text);
        List<SuggestionMerger.RankedProposal> proposals = List.of(
                proposal(offsets, "U.S. Treasury Department", "ORGANIZATION", 3),
                proposal(offsets, "U.S.", "GPE", 1),
                proposal(offsets, "Iran Air", "ORGANIZATION", 3),
                proposal(offsets, "Iran", "GPE", 1));

        List<MergedSuggestion> merged = SuggestionMerger.merge(CountryInstitutions.split(proposals, offsets));

        assertThat(merged).extracting(s -> offsets.slice(s.span().start(), s.span().end()) + "/" + s.label())
                .containsExactly("U.S./GPE", "Treasury Department/ORGANIZATION", "Iran Air/ORGANIZATION");
    }

    @Test
    void a_nationality_in_front_of_an_institution_is_its_own_mention_unless_a_list_names_the_whole_or_it_is_a_faith() {
        String text = "The Russian Defense Ministry and the Syrian Democratic Forces said the Islamic International Army";
        TextOffsets offsets = new TextOffsets(text);
        List<SuggestionMerger.RankedProposal> proposals = List.of(
                proposal(offsets, "Russian Defense Ministry", "ORGANIZATION", 3),
                proposal(offsets, "Russian", "NORP", 1),
                new SuggestionMerger.RankedProposal(new MergedSuggestion.Proposal("gazetteer", "1",
                        span(offsets, "Syrian Democratic Forces"), "ORGANIZATION", 0.9), 1),
                proposal(offsets, "Syrian", "NORP", 1),
                proposal(offsets, "Islamic International Army", "ORGANIZATION", 3),
                proposal(offsets, "Islamic", "NORP", 1));

        List<MergedSuggestion> merged = SuggestionMerger.merge(CountryInstitutions.split(proposals, offsets));

        assertThat(merged).extracting(s -> offsets.slice(s.span().start(), s.span().end()) + "/" + s.label())
                .containsExactly("Russian/NORP", "Defense Ministry/ORGANIZATION", "Syrian Democratic Forces/ORGANIZATION",
                        "Islamic International Army/ORGANIZATION");
    }

    private static Span span(TextOffsets offsets, String phrase) {
        int at = offsets.text().indexOf(phrase);
        return new Span(offsets.toCodePoints(at), offsets.toCodePoints(at + phrase.length()));
    }

    private static SuggestionMerger.RankedProposal proposal(TextOffsets offsets, String phrase, String label,
                                                            int priority) {
        int at = offsets.text().indexOf(phrase);
        Span span = new Span(offsets.toCodePoints(at), offsets.toCodePoints(at + phrase.length()));
        return new SuggestionMerger.RankedProposal(new MergedSuggestion.Proposal("e" + priority, "1", span, label, 0.9),
                priority);
    }
}
