package org.goldset.format;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.goldset.gold.GoldDocument;
import org.goldset.gold.GoldEntity;
import org.goldset.gold.GoldEvent;
import org.goldset.nlp.AnalyzedSentence;
import org.goldset.nlp.AnalyzedToken;
import org.goldset.nlp.CoreNlpTokenizer;
import org.goldset.text.TextOffsets;

/**
 * A document cut into tokens for the token-based formats (CoNLL, spaCy, DyGIE++): CoreNLP's tokens
 * and sentences, as the suggestions see them, further cut wherever an annotation starts or ends
 * inside a token (e.g. "Iran" in "Iran-backed"), so that no gold span has to be moved to fit.
 * Each such cut is counted as a warning. Offsets are code points; token indices run over the
 * whole document.
 */
public final class TokenizedDocument {

    public static final String SPLIT_TOKEN = "token split where an annotation starts or ends inside it";
    public static final String OFF_TOKENS = "span starting or ending in whitespace (dropped)";

    /** A token: its exact text, code-point offsets, sentence, and whether whitespace follows it. */
    public record Token(String text, int start, int end, int sentence, boolean spaceAfter) {
    }

    private final List<Token> tokens = new ArrayList<>();
    private final List<int[]> sentences = new ArrayList<>();
    private final Map<Integer, Integer> tokenStartingAt = new HashMap<>();
    private final Map<Integer, Integer> tokenEndingAt = new HashMap<>();
    private final ExportWarnings warnings;

    public TokenizedDocument(GoldDocument document, CoreNlpTokenizer tokenizer, ExportWarnings warnings) {
        this.warnings = warnings;
        TextOffsets text = new TextOffsets(document.text());
        TreeSet<Integer> boundaries = new TreeSet<>();
        for (GoldEntity entity : document.entities()) {
            boundaries.add(entity.start());
            boundaries.add(entity.end());
        }
        for (GoldEvent event : document.events()) {
            boundaries.add(event.triggerStart());
            boundaries.add(event.triggerEnd());
        }
        for (AnalyzedSentence sentence : tokenizer.tokenize(document.text())) {
            int first = tokens.size();
            for (AnalyzedToken token : sentence.tokens()) {
                int start = token.start();
                for (int cut : boundaries.subSet(token.start(), false, token.end(), false)) {
                    warnings.add(SPLIT_TOKEN);
                    add(text, start, cut, sentences.size());
                    start = cut;
                }
                add(text, start, token.end(), sentences.size());
            }
            if (tokens.size() > first) {
                sentences.add(new int[] {first, tokens.size()});
            }
        }
    }

    private void add(TextOffsets text, int start, int end, int sentence) {
        boolean spaceAfter = end < text.codePointLength() && Character.isWhitespace(text.slice(end, end + 1).codePointAt(0));
        tokenStartingAt.put(start, tokens.size());
        tokenEndingAt.put(end, tokens.size());
        tokens.add(new Token(text.slice(start, end), start, end, sentence, spaceAfter));
    }

    public List<Token> tokens() {
        return tokens;
    }

    public int sentenceCount() {
        return sentences.size();
    }

    /** First token index (inclusive) and last token index (exclusive) of a sentence. */
    public int[] sentence(int index) {
        return sentences.get(index);
    }

    /**
     * The first and last token (both inclusive) of a code-point span, or null when the span does not
     * start and end on token boundaries (it starts or ends in whitespace); that loss is counted as a
     * warning here, once for every token format.
     */
    public int[] tokenSpan(int start, int end) {
        Integer first = tokenStartingAt.get(start);
        Integer last = tokenEndingAt.get(end);
        if (first == null || last == null || last < first) {
            warnings.add(OFF_TOKENS);
            return null;
        }
        return new int[] {first, last};
    }
}
