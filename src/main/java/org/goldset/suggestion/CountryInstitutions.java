package org.goldset.suggestion;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.goldset.text.TextOffsets;

/**
 * A country's institution is two mentions by our guidelines: the country (GPE) and the institution
 * (ORGANIZATION) — "U.S." + "Treasury Department", "Iran" + "Foreign Ministry", "U.S." + "Army"
 * (a nationality in front, "Iranian Foreign Ministry", is NORP and stays out of this). CoreNLP and other engines propose the whole
 * phrase as one organisation; when another engine proposes a place at exactly its start and the
 * rest ends in an institution's head noun, the organisation is cut to the rest. "Kenya Airways" or
 * "Iran Air" (companies) keep their names: their heads are no institution.
 */
final class CountryInstitutions {

    private static final Set<String> INSTITUTION_HEADS = Set.of("department", "ministry", "treasury", "army", "navy",
            "force", "forces", "marines", "congress", "senate", "house", "command", "military", "government",
            "administration", "committee", "council", "agency", "court", "guard", "intelligence", "police", "office",
            "service", "services", "commission", "bureau", "parliament", "cabinet", "corps");

    private CountryInstitutions() {
    }

    /** The proposals with every country-prefixed organisation cut after its country. */
    static List<SuggestionMerger.RankedProposal> split(List<SuggestionMerger.RankedProposal> proposals,
                                                       TextOffsets offsets) {
        return FrontNames.cut(proposals, Set.of("GPE"), (proposal, placeEnd) -> proposal.label().equals("ORGANIZATION")
                && isInstitution(offsets.slice(placeEnd, proposal.span().end())));
    }

    /** " Treasury Department": one space, then capitalised words ending in an institution's head. */
    private static boolean isInstitution(String rest) {
        if (!rest.startsWith(" ") || rest.length() < 2 || !Character.isUpperCase(rest.charAt(1))) {
            return false;
        }
        String[] words = rest.strip().split("\\s+");
        for (String word : words) {
            if (!Character.isUpperCase(word.charAt(0))) {
                return false; // "Iran of the future", "U.S. and allied forces"
            }
        }
        return INSTITUTION_HEADS.contains(words[words.length - 1].toLowerCase(Locale.ROOT));
    }
}
