package org.goldset.format.dygiepp;

import java.util.HashMap;
import java.util.Map;
import org.goldset.format.ExportWarnings;
import org.goldset.format.JsonLinesWriter;
import org.goldset.format.JsonSupport;
import org.goldset.format.TokenizedDocument;
import org.goldset.gold.GoldDocument;
import org.goldset.gold.GoldEntity;
import org.goldset.gold.GoldEvent;
import org.goldset.nlp.CoreNlpTokenizer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * DyGIE++ JSON lines: {@code doc_key}, {@code dataset}, {@code sentences} (CoreNLP tokens),
 * and per sentence {@code ner} as {@code [start, end, label]} and {@code events} as
 * {@code [[trigger, type], [start, end, role], ...]}, with token indices over the whole document
 * and ends inclusive. DyGIE++ wants what it cannot model left out, each counted as a warning: an
 * entity crossing a sentence break, a trigger's extra tokens (a trigger is one token: the first is
 * kept), and an argument outside its trigger's sentence.
 */
public final class DygieppWriter extends JsonLinesWriter {

    public static final String CROSSES_SENTENCES = "entity crossing a sentence break (DyGIE++ entities sit in one sentence; dropped)";
    public static final String LONG_TRIGGER = "trigger of several tokens (DyGIE++ triggers are one token; first token kept)";
    public static final String FAR_ARGUMENT = "argument outside its trigger's sentence (DyGIE++ cannot link it; dropped)";

    private final CoreNlpTokenizer tokenizer;

    DygieppWriter(CoreNlpTokenizer tokenizer, ExportWarnings warnings) {
        super(warnings);
        this.tokenizer = tokenizer;
    }

    @Override
    public JsonNode line(GoldDocument document) {
        TokenizedDocument tokenized = new TokenizedDocument(document, tokenizer, warnings);
        ObjectNode line = JsonSupport.object();
        line.put("doc_key", document.id());
        line.put("dataset", "goldset");
        ArrayNode sentences = line.putArray("sentences");
        ArrayNode ner = line.putArray("ner");
        ArrayNode relations = line.putArray("relations");
        ArrayNode events = line.putArray("events");
        for (int s = 0; s < tokenized.sentenceCount(); s++) {
            ArrayNode words = sentences.addArray();
            int[] range = tokenized.sentence(s);
            for (int t = range[0]; t < range[1]; t++) {
                words.add(tokenized.tokens().get(t).text());
            }
            ner.addArray();
            relations.addArray();
            events.addArray();
        }
        Map<String, int[]> entityTokens = new HashMap<>();
        for (GoldEntity entity : document.entities()) {
            int[] span = tokenized.tokenSpan(entity.start(), entity.end());
            if (span == null) {
                continue;
            }
            int sentence = tokenized.tokens().get(span[0]).sentence();
            if (tokenized.tokens().get(span[1]).sentence() != sentence) {
                warnings.add(CROSSES_SENTENCES);
                continue;
            }
            entityTokens.put(entity.id(), span);
            ((ArrayNode) ner.get(sentence)).addArray().add(span[0]).add(span[1]).add(entity.label());
        }
        for (GoldEvent event : document.events()) {
            int[] trigger = tokenized.tokenSpan(event.triggerStart(), event.triggerEnd());
            if (trigger == null) {
                continue;
            }
            if (trigger[1] > trigger[0]) {
                warnings.add(LONG_TRIGGER);
            }
            int sentence = tokenized.tokens().get(trigger[0]).sentence();
            ArrayNode entry = ((ArrayNode) events.get(sentence)).addArray();
            entry.addArray().add(trigger[0]).add(event.type());
            for (GoldEvent.GoldArgument argument : event.arguments()) {
                int[] span = entityTokens.get(argument.entity());
                if (span == null || tokenized.tokens().get(span[0]).sentence() != sentence) {
                    warnings.add(FAR_ARGUMENT);
                    continue;
                }
                entry.addArray().add(span[0]).add(span[1]).add(argument.role());
            }
        }
        return line;
    }
}
