package org.goldset.nlp;

import java.util.List;

/** A sentence of the shared analysis: its tokens and its code-point span. */
public record AnalyzedSentence(int index, List<AnalyzedToken> tokens, List<Dependency> dependencies) {

    public AnalyzedSentence {
        tokens = List.copyOf(tokens);
        dependencies = List.copyOf(dependencies);
    }

    public AnalyzedSentence(int index, List<AnalyzedToken> tokens) {
        this(index, tokens, List.of());
    }

    /** The dependents of a token, with their relations. */
    public List<Dependency> dependentsOf(int token) {
        return dependencies.stream().filter(edge -> edge.governor() == token).toList();
    }

    /** The edges under which a token hangs (usually one). */
    public List<Dependency> governorsOf(int token) {
        return dependencies.stream().filter(edge -> edge.dependent() == token).toList();
    }

    public int start() {
        return tokens.isEmpty() ? 0 : tokens.getFirst().start();
    }

    public int end() {
        return tokens.isEmpty() ? 0 : tokens.getLast().end();
    }
}
