package org.goldset.nlp;

import java.time.LocalDate;
import java.util.List;
import org.goldset.text.TextOffsets;

/**
 * Everything the engines read about one article, computed once: sentences, tokens with lemmas and
 * part-of-speech tags, NER mentions with SUTime dates resolved against the publication date.
 */
public record DocumentAnalysis(long documentId, TextOffsets text, LocalDate documentDate,
                               List<AnalyzedSentence> sentences, List<NerMention> nerMentions) {

    public DocumentAnalysis {
        sentences = List.copyOf(sentences);
        nerMentions = List.copyOf(nerMentions);
    }

    public int tokenCount() {
        return sentences.stream().mapToInt(sentence -> sentence.tokens().size()).sum();
    }
}
