package org.goldset.suggestion;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.goldset.text.Span;

/**
 * The step {@link CountryInstitutions} and {@link WeaponOwners} share: a proposal that starts with
 * another engine's name ("U.S." in "U.S. Treasury Department", "Houthi" in "Houthi drones") is cut
 * to what follows the name and its space, when the rule says the name is its own mention.
 */
final class FrontNames {

    /** Whether the proposal, whose front another engine named up to {@code frontEnd}, is cut there. */
    @FunctionalInterface
    interface CutRule {
        boolean cuts(MergedSuggestion.Proposal proposal, int frontEnd);
    }

    private FrontNames() {
    }

    static List<SuggestionMerger.RankedProposal> cut(List<SuggestionMerger.RankedProposal> proposals,
                                                     Set<String> frontLabels, CutRule rule) {
        Map<Integer, Integer> frontEndByStart = new HashMap<>();
        for (SuggestionMerger.RankedProposal ranked : proposals) {
            MergedSuggestion.Proposal proposal = ranked.proposal();
            if (frontLabels.contains(proposal.label())) {
                frontEndByStart.merge(proposal.span().start(), proposal.span().end(), Math::max);
            }
        }
        List<SuggestionMerger.RankedProposal> result = new ArrayList<>(proposals.size());
        for (SuggestionMerger.RankedProposal ranked : proposals) {
            MergedSuggestion.Proposal proposal = ranked.proposal();
            Integer frontEnd = frontEndByStart.get(proposal.span().start());
            if (frontEnd != null && frontEnd + 1 < proposal.span().end() && rule.cuts(proposal, frontEnd)) {
                result.add(new SuggestionMerger.RankedProposal(new MergedSuggestion.Proposal(proposal.engine(),
                        proposal.version(), new Span(frontEnd + 1, proposal.span().end()), proposal.label(),
                        proposal.score()), ranked.priority()));
            } else {
                result.add(ranked);
            }
        }
        return result;
    }
}
