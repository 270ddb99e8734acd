package org.goldset.suggestion;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.goldset.text.Span;

/**
 * The step {@link CountryInstitutions}, {@link WeaponOwners} and {@link CoordinatedNames} share: a
 * proposal that starts with another engine's name ("U.S." in "U.S. Treasury Department", "Houthi" in
 * "Houthi drones", "Hamas" in "Hamas and Islamic Jihad") is cut to what follows the name, when the
 * rule says the name is its own mention.
 */
final class FrontNames {

    /** Where the rest of the proposal starts, its front being named up to {@code frontEnd}; -1 keeps it whole. */
    @FunctionalInterface
    interface CutRule {
        int restStart(MergedSuggestion.Proposal proposal, int frontEnd);
    }

    /** The rule that cuts after the name and one space, when {@code cuts} says so. */
    static CutRule afterSpace(java.util.function.BiPredicate<MergedSuggestion.Proposal, Integer> cuts) {
        return (proposal, frontEnd) -> cuts.test(proposal, frontEnd) ? frontEnd + 1 : -1;
    }

    private FrontNames() {
    }

    static List<SuggestionMerger.RankedProposal> cut(List<SuggestionMerger.RankedProposal> proposals,
                                                     java.util.function.Predicate<MergedSuggestion.Proposal> isFront,
                                                     CutRule rule) {
        Map<Integer, Integer> frontEndByStart = new HashMap<>();
        for (SuggestionMerger.RankedProposal ranked : proposals) {
            MergedSuggestion.Proposal proposal = ranked.proposal();
            if (isFront.test(proposal)) {
                frontEndByStart.merge(proposal.span().start(), proposal.span().end(), Math::max);
            }
        }
        List<SuggestionMerger.RankedProposal> result = new ArrayList<>(proposals.size());
        for (SuggestionMerger.RankedProposal ranked : proposals) {
            MergedSuggestion.Proposal proposal = ranked.proposal();
            Integer frontEnd = frontEndByStart.get(proposal.span().start());
            int restStart = frontEnd == null || frontEnd >= proposal.span().end() ? -1 : rule.restStart(proposal, frontEnd);
            if (restStart > 0 && restStart < proposal.span().end()) {
                result.add(new SuggestionMerger.RankedProposal(new MergedSuggestion.Proposal(proposal.engine(),
                        proposal.version(), new Span(restStart, proposal.span().end()), proposal.label(),
                        proposal.score()), ranked.priority()));
            } else {
                result.add(ranked);
            }
        }
        return result;
    }
}
