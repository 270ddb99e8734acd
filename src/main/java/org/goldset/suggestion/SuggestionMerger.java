package org.goldset.suggestion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.goldset.text.Span;

/**
 * Merges the proposals of several engines into non-overlapping suggestions. Overlapping proposals
 * form a cluster; the winner is the longest span (a name rather than a part of it), then the
 * highest-priority engine (learned decisions, then the gazetteer, then patterns, then CoreNLP), then
 * the best score. Proposals overlapping the winner are folded into it as provenance; proposals of
 * the same span with another label become its alternatives; what is left of the cluster competes
 * again.
 */
final class SuggestionMerger {

    private SuggestionMerger() {
    }

    /** @param proposals every engine's proposals, with {@code priority} 0 for the first engine */
    static List<MergedSuggestion> merge(List<RankedProposal> proposals) {
        List<RankedProposal> sorted = new ArrayList<>(proposals);
        sorted.sort(Comparator.comparingInt((RankedProposal p) -> p.proposal().span().start())
                .thenComparingInt(p -> p.proposal().span().end()));
        List<MergedSuggestion> merged = new ArrayList<>();
        List<RankedProposal> cluster = new ArrayList<>();
        int clusterEnd = -1;
        for (RankedProposal proposal : sorted) {
            if (!cluster.isEmpty() && proposal.proposal().span().start() >= clusterEnd) {
                resolve(cluster, merged);
                cluster = new ArrayList<>();
            }
            cluster.add(proposal);
            clusterEnd = Math.max(clusterEnd, proposal.proposal().span().end());
        }
        if (!cluster.isEmpty()) {
            resolve(cluster, merged);
        }
        merged.sort(Comparator.comparingInt((MergedSuggestion s) -> s.span().start()));
        return merged;
    }

    private static void resolve(List<RankedProposal> cluster, List<MergedSuggestion> out) {
        List<RankedProposal> remaining = new ArrayList<>(cluster);
        while (!remaining.isEmpty()) {
            RankedProposal winner = remaining.stream().min(WINNER_FIRST).orElseThrow();
            Span span = winner.proposal().span();
            List<RankedProposal> overlapping = remaining.stream()
                    .filter(other -> overlaps(other.proposal().span(), span)).toList();
            double bestScore = overlapping.stream()
                    .filter(other -> other.proposal().span().equals(span)
                            && other.proposal().label().equals(winner.proposal().label()))
                    .mapToDouble(other -> other.proposal().score()).max().orElse(winner.proposal().score());
            out.add(new MergedSuggestion(span, winner.proposal().label(), bestScore, winner.proposal().engine(),
                    winner.proposal().version(), overlapping.stream().map(RankedProposal::proposal).toList(),
                    alternatives(overlapping, span, winner.proposal().label())));
            remaining.removeAll(overlapping);
        }
    }

    private static List<MergedSuggestion.Alternative> alternatives(List<RankedProposal> overlapping, Span span,
                                                                   String winningLabel) {
        Map<String, List<MergedSuggestion.Proposal>> byLabel = new LinkedHashMap<>();
        overlapping.stream().sorted(WINNER_FIRST)
                .map(RankedProposal::proposal)
                .filter(proposal -> proposal.span().equals(span) && !proposal.label().equals(winningLabel))
                .forEach(proposal -> byLabel.computeIfAbsent(proposal.label(), key -> new ArrayList<>()).add(proposal));
        return byLabel.entrySet().stream()
                .map(entry -> new MergedSuggestion.Alternative(entry.getKey(),
                        entry.getValue().stream().mapToDouble(MergedSuggestion.Proposal::score).max().orElse(0),
                        entry.getValue().stream().map(MergedSuggestion.Proposal::engine).distinct().toList()))
                .toList();
    }

    private static final Comparator<RankedProposal> WINNER_FIRST =
            Comparator.comparingInt((RankedProposal p) -> -p.proposal().span().length())
                    .thenComparingInt(RankedProposal::priority)
                    .thenComparingDouble(p -> -p.proposal().score());

    private static boolean overlaps(Span a, Span b) {
        return a.start() < b.end() && b.start() < a.end();
    }

    /** A proposal with its engine's priority (0 = highest). */
    record RankedProposal(MergedSuggestion.Proposal proposal, int priority) {
    }
}
