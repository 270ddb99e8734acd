package org.goldset.suggestion.engine.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.goldset.nlp.AnalyzedSentence;
import org.goldset.nlp.AnalyzedToken;
import org.goldset.nlp.DocumentAnalysis;
import org.goldset.nlp.NerMention;
import org.goldset.text.TextOffsets;
import org.junit.jupiter.api.Test;

/** A person's name goes on through an "al-" particle CoreNLP left out, whole or split by the tokenizer. */
class NameContinuationTest {

    @Test
    void a_particle_name_split_in_three_tokens_continues_the_person() {
        String text = "Abu Mahdi al-Muhandis and Qais al - Khazali spoke.";
        List<AnalyzedToken> tokens = List.of(token("Abu", "NNP", 0), token("Mahdi", "NNP", 4), token("al", "NNP", 10),
                token("-", "HYPH", 12), token("Muhandis", "NNP", 13), token("and", "CC", 22), token("Qais", "NNP", 26),
                token("al", "NNP", 31), token("-", "HYPH", 34), token("Khazali", "NNP", 36), token("spoke", "VBD", 44),
                token(".", ".", 49));
        List<NerMention> mentions = List.of(new NerMention(0, 9, "Abu Mahdi", "PERSON", 0.99, null, 0, 0, 2),
                new NerMention(26, 30, "Qais", "PERSON", 0.99, null, 0, 6, 7));
        TextOffsets offsets = new TextOffsets(text);
        DocumentAnalysis analysis = new DocumentAnalysis(1, offsets, null,
                List.of(new AnalyzedSentence(0, tokens, List.of())), mentions);

        // "al - Khazali" with spaces is three words, not one name: it does not continue "Qais".
        assertThat(new CoreNlpEntityEngine().suggest(analysis))
                .extracting(s -> offsets.slice(s.span().start(), s.span().end()))
                .containsExactly("Abu Mahdi al-Muhandis", "Qais");
    }

    private static AnalyzedToken token(String word, String pos, int start) {
        return new AnalyzedToken(word, word.toLowerCase(java.util.Locale.ROOT), pos, "O", start, start + word.length());
    }
}
