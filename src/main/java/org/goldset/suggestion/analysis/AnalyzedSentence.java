package org.goldset.suggestion.analysis;

import java.util.List;

/** A sentence of the shared analysis: its tokens and its code-point span. */
public record AnalyzedSentence(int index, List<AnalyzedToken> tokens) {

    public AnalyzedSentence {
        tokens = List.copyOf(tokens);
    }

    public int start() {
        return tokens.isEmpty() ? 0 : tokens.getFirst().start();
    }

    public int end() {
        return tokens.isEmpty() ? 0 : tokens.getLast().end();
    }
}
