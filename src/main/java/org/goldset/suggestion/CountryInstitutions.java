package org.goldset.suggestion;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.goldset.text.TextOffsets;

/**
 * A country's institution is two mentions by our guidelines: the country (GPE) and the institution
 * (ORGANIZATION) — "U.S." + "Treasury Department", "Iran" + "Foreign Ministry", "U.S." + "Army";
 * so is a nationality in front ("Iranian" + "Qods Force"). CoreNLP and other engines propose the whole
 * phrase as one organisation; when another engine proposes a place at exactly its start and the
 * rest ends in an institution's head noun, the organisation is cut to the rest. "Kenya Airways" or
 * "Iran Air" (companies) keep their names: their heads are no institution.
 */
final class CountryInstitutions {

    private static final Set<String> INSTITUTION_HEADS = Set.of("department", "ministry", "treasury", "army", "navy",
            "force", "forces", "marines", "congress", "senate", "house", "command", "military", "government",
            "administration", "committee", "council", "agency", "court", "guard", "intelligence", "police", "office",
            "service", "services", "commission", "bureau", "parliament", "cabinet", "corps");

    /**
     * Engines whose organisations are whole names someone listed or accepted: "Syrian Democratic
     * Forces" is a name, while "Russian Defense Ministry", as CoreNLP or a pattern finds it, is a
     * nationality and an institution ("Iranian" + "Qods Force", as the guidelines mark it).
     */
    private static final Set<String> NAMED_BY_LISTS = Set.of("gazetteer", "learned");
    /** A faith in front belongs to the name: "Islamic International Army", "Christian Democratic Union". */
    private static final Set<String> FAITHS = Set.of("Islamic", "Muslim", "Christian", "Jewish", "Shiite", "Shia",
            "Sunni", "Catholic", "Orthodox", "Buddhist", "Hindu", "Sikh", "Druze", "Coptic", "Evangelical");

    private CountryInstitutions() {
    }

    /** The proposals with every country- or nationality-prefixed organisation cut after its country. */
    static List<SuggestionMerger.RankedProposal> split(List<SuggestionMerger.RankedProposal> proposals,
                                                       TextOffsets offsets) {
        List<SuggestionMerger.RankedProposal> countries = FrontNames.cut(proposals, front -> front.label().equals("GPE"),
                FrontNames.afterSpace((proposal, placeEnd) -> proposal.label().equals("ORGANIZATION")
                        && isInstitution(offsets.slice(placeEnd, proposal.span().end()))));
        return FrontNames.cut(countries, front -> front.label().equals("NORP"), FrontNames.afterSpace((proposal, nationalityEnd) ->
                proposal.label().equals("ORGANIZATION") && !NAMED_BY_LISTS.contains(proposal.engine())
                        && !FAITHS.contains(offsets.slice(proposal.span().start(), nationalityEnd))
                        && isInstitution(offsets.slice(nationalityEnd, proposal.span().end()))));
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
