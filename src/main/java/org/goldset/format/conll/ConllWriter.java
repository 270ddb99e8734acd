package org.goldset.format.conll;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.goldset.format.ExportWarnings;
import org.goldset.format.GoldFormatWriter;
import org.goldset.format.TokenizedDocument;
import org.goldset.gold.GoldDocument;
import org.goldset.gold.GoldEntity;
import org.goldset.nlp.CoreNlpTokenizer;

/**
 * CoNLL-2003 style BIO (IOB2): a {@code -DOCSTART- -X- -X- O} line before each document, one token
 * per line as {@code token _ _ TAG} (the POS and chunk columns are placeholders), a blank line after
 * each sentence. Tokens are CoreNLP's, as the suggestions see them. BIO cannot nest: of overlapping
 * entities the longest is kept; events are not expressible. Both are counted as warnings.
 */
public final class ConllWriter implements GoldFormatWriter {

    public static final String OVERLAP = "entity overlapping a longer one (CoNLL BIO cannot nest; dropped)";
    public static final String EVENT = "event (CoNLL has no events; dropped)";
    public static final String CROSSES_SENTENCES = "entity crossing a sentence or line break (dropped)";

    private final CoreNlpTokenizer tokenizer;
    private final ExportWarnings warnings;
    private Writer out;

    ConllWriter(CoreNlpTokenizer tokenizer, ExportWarnings warnings) {
        this.tokenizer = tokenizer;
        this.warnings = warnings;
    }

    @Override
    public void begin(OutputStream stream) {
        out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
    }

    @Override
    public void writeDocument(GoldDocument document) throws IOException {
        document.events().forEach(event -> warnings.add(EVENT));
        TokenizedDocument tokens = new TokenizedDocument(document, tokenizer, warnings);
        String[] tags = tags(document, tokens);
        out.write("-DOCSTART- -X- -X- O\n\n");
        for (int s = 0; s < tokens.sentenceCount(); s++) {
            int[] range = tokens.sentence(s);
            for (int t = range[0]; t < range[1]; t++) {
                out.write(column(tokens.tokens().get(t).text()) + " _ _ " + tags[t] + "\n");
            }
            out.write("\n");
        }
        out.flush();
    }

    private String[] tags(GoldDocument document, TokenizedDocument tokens) {
        String[] tags = new String[tokens.tokens().size()];
        Arrays.fill(tags, "O");
        List<GoldEntity> longestFirst = new ArrayList<>(document.entities());
        longestFirst.sort(Comparator.comparingInt((GoldEntity entity) -> entity.start() - entity.end())
                .thenComparingInt(GoldEntity::start));
        for (GoldEntity entity : longestFirst) {
            int[] span = tokens.tokenSpan(entity.start(), entity.end());
            if (span == null) {
                continue;
            }
            if (tokens.tokens().get(span[0]).sentence() != tokens.tokens().get(span[1]).sentence()) {
                warnings.add(CROSSES_SENTENCES);
                continue;
            }
            boolean free = true;
            for (int t = span[0]; t <= span[1]; t++) {
                free &= tags[t].equals("O");
            }
            if (!free) {
                warnings.add(OVERLAP);
                continue;
            }
            for (int t = span[0]; t <= span[1]; t++) {
                tags[t] = (t == span[0] ? "B-" : "I-") + entity.label();
            }
        }
        return tags;
    }

    /** A token may hold a space (e.g. "2 1/2"); columns are split at spaces, so it becomes '_'. */
    private static String column(String token) {
        StringBuilder clean = new StringBuilder();
        token.codePoints().forEach(c -> clean.appendCodePoint(
                Character.isWhitespace(c) || Character.isSpaceChar(c) ? '_' : c));
        return clean.toString();
    }

    @Override
    public void end() throws IOException {
        out.flush();
    }
}
