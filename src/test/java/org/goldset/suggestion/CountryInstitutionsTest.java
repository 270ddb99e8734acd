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

    private static SuggestionMerger.RankedProposal proposal(TextOffsets offsets, String phrase, String label,
                                                            int priority) {
        int at = offsets.text().indexOf(phrase);
        Span span = new Span(offsets.toCodePoints(at), offsets.toCodePoints(at + phrase.length()));
        return new SuggestionMerger.RankedProposal(new MergedSuggestion.Proposal("e" + priority, "1", span, label, 0.9),
                priority);
    }
}
