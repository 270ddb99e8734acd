package org.goldset.suggestion;

import java.util.List;
import java.util.Set;
import org.goldset.text.TextOffsets;

/**
 * Whose weapon is not part of the weapon: "Houthi drones" is the group "Houthi" (ORGANIZATION, as the
 * guidelines mark "Houthi fighters") and the weapon "drones"; "Hezbollah rockets" likewise. The
 * weapon-phrase pattern takes a proper noun CoreNLP left untagged for a weapon's name ("Tomahawk
 * cruise missiles"); when another engine knows that noun as a group, a nationality, a place or a
 * person, the weapon is cut to what follows it. The lists' weapons ("Patriot missiles") are names
 * someone checked and stay whole; "Iranian-made drones" is one word in front and stays too.
 */
final class WeaponOwners {

    private static final Set<String> OWNER_LABELS = Set.of("ORGANIZATION", "NORP", "GPE", "PERSON");
    /** The engine whose weapon phrases take untagged proper nouns in front. */
    private static final String PHRASE_ENGINE = "patterns";

    private WeaponOwners() {
    }

    /** The proposals with every weapon that starts with an owner's name cut after it. */
    static List<SuggestionMerger.RankedProposal> split(List<SuggestionMerger.RankedProposal> proposals,
                                                       TextOffsets offsets) {
        return FrontNames.cut(proposals, front -> OWNER_LABELS.contains(front.label()), FrontNames.afterSpace((proposal, ownerEnd) ->
                proposal.label().equals("WEAPON") && proposal.engine().equals(PHRASE_ENGINE)
                        && offsets.slice(ownerEnd, ownerEnd + 1).equals(" ")));
    }
}
