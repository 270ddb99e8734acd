package org.goldset.suggestion;

import java.util.List;
import org.goldset.text.Span;

/**
 * One suggestion after merging all engines' output: the winning span and label with the best score
 * among the engines that agree, the engines that proposed anything overlapping it (provenance), and
 * the other labels proposed for exactly this span (alternatives the analyst can pick from).
 */
public record MergedSuggestion(Span span, String label, double score, String engineId, String engineVersion,
                               List<Proposal> provenance, List<Alternative> alternatives) {

    /** What one engine proposed. */
    public record Proposal(String engine, String version, Span span, String label, double score) {
    }

    /** Another label for the same span, with the best score and the engines behind it. */
    public record Alternative(String label, double score, List<String> engines) {
    }
}
