package org.goldset.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import org.goldset.text.TextOffsets;
import org.springframework.stereotype.Component;

/**
 * Tokens and sentences exactly as the suggestion engines see them, without tagging: the same
 * tokenizer and sentence-split settings as {@link CoreNlpAnalyzer}, so token-based exports line up
 * with the suggestions. Loads in well under a second (no models).
 */
@Component
public class CoreNlpTokenizer {

    private volatile StanfordCoreNLP pipeline;

    /** The sentences of a text; token offsets are code points, token words the exact covered text. */
    public List<AnalyzedSentence> tokenize(String text) {
        CoreDocument document = new CoreDocument(text);
        pipeline().annotate(document);
        TextOffsets offsets = new TextOffsets(text);
        List<AnalyzedSentence> sentences = new ArrayList<>();
        for (CoreSentence sentence : document.sentences()) {
            List<AnalyzedToken> tokens = new ArrayList<>();
            for (CoreLabel token : sentence.tokens()) {
                int start = offsets.toCodePoints(token.beginPosition());
                int end = offsets.toCodePoints(token.endPosition());
                tokens.add(new AnalyzedToken(offsets.slice(start, end), null, null, null, start, end));
            }
            sentences.add(new AnalyzedSentence(sentences.size(), tokens));
        }
        return sentences;
    }

    /** The tokenizer and sentence-split settings every Goldset pipeline shares. */
    static void applySettings(Properties properties) {
        // Bylines, captions and headlines are lines of their own: without this they merge into
        // one sentence and produce fake entities spanning them.
        properties.setProperty("ssplit.newlineIsSentenceBreak", "always");
        properties.setProperty("tokenize.options", "invertible=true,untokenizable=noneKeep");
    }

    private StanfordCoreNLP pipeline() {
        StanfordCoreNLP current = pipeline;
        if (current == null) {
            synchronized (this) {
                if (pipeline == null) {
                    Properties properties = new Properties();
                    properties.setProperty("annotators", "tokenize,ssplit");
                    applySettings(properties);
                    pipeline = new StanfordCoreNLP(properties);
                }
                current = pipeline;
            }
        }
        return current;
    }
}
