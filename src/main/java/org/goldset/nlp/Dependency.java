package org.goldset.nlp;

/**
 * A dependency edge of a sentence, token indices 0-based within the sentence; the relation in
 * Universal Dependencies as CoreNLP writes it (nsubj, obj, nsubj:pass, obl:in, compound, …).
 */
public record Dependency(int governor, int dependent, String relation) {
}
