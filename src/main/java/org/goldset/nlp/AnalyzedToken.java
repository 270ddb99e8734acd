package org.goldset.nlp;

/**
 * One token of the shared analysis. Offsets are code points (converted from CoreNLP's UTF-16
 * indices once, here, so no engine has to think about it).
 */
public record AnalyzedToken(String word, String lemma, String pos, String ner, int start, int end) {

    public boolean isProperNoun() {
        return pos.startsWith("NNP");
    }

    public boolean isPronoun() {
        return pos.equals("PRP") || pos.equals("PRP$") || pos.equals("WP") || pos.equals("WP$");
    }
}
