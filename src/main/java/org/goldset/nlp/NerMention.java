package org.goldset.nlp;

/**
 * A named-entity mention found by CoreNLP: its fine-grained type (e.g. CITY, NATIONALITY), its
 * confidence, SUTime's normalized value for dates, and the tokens it covers.
 */
public record NerMention(int start, int end, String text, String type, double confidence, String normalized,
                         int sentenceIndex, int firstToken, int lastTokenExclusive) {
}
