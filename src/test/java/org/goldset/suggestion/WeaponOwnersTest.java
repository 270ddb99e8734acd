package org.goldset.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.goldset.text.Span;
import org.goldset.text.TextOffsets;
import org.junit.jupiter.api.Test;

class WeaponOwnersTest {

    @Test
    void a_group_in_front_of_a_phrase_weapon_is_its_own_mention() {
        String text = "🚀 Houthi drones, Patriot missiles and Iranian-made drones.";
        TextOffsets offsets = new TextOffsets(text);
        List<SuggestionMerger.RankedProposal> proposals = List.of(
                proposal(offsets, "Houthi drones", "WEAPON", "patterns", 2),
                proposal(offsets, "Houthi", "ORGANIZATION", "gazetteer", 1),
                // A list's weapon is a checked name: whatever CoreNLP makes of its first word, it stays whole.
                proposal(offsets, "Patriot missiles", "WEAPON", "gazetteer", 1),
                proposal(offsets, "Patriot", "ORGANIZATION", "corenlp-ner", 4),
                proposal(offsets, "Iranian-made drones", "WEAPON", "patterns", 2),
                proposal(offsets, "Iranian", "NORP", "gazetteer", 1));

        List<MergedSuggestion> merged = SuggestionMerger.merge(WeaponOwners.split(proposals, offsets));

        assertThat(merged).extracting(s -> offsets.slice(s.span().start(), s.span().end()) + "/" + s.label())
                .containsExactly("Houthi/ORGANIZATION", "drones/WEAPON", "Patriot missiles/WEAPON",
                        "Iranian-made drones/WEAPON");
    }

    private static SuggestionMerger.RankedProposal proposal(TextOffsets offsets, String phrase, String label,
                                                            String engine, int priority) {
        int at = offsets.text().indexOf(phrase);
        Span span = new Span(offsets.toCodePoints(at), offsets.toCodePoints(at + phrase.length()));
        return new SuggestionMerger.RankedProposal(new MergedSuggestion.Proposal(engine, "1", span, label, 0.9),
                priority);
    }
}
