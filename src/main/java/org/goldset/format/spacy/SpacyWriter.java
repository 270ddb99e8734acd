package org.goldset.format.spacy;

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
 * Prodigy / spaCy JSONL, one task per document: {@code text}, {@code tokens}, {@code spans} (entities,
 * and event triggers labelled with their event type) with character offsets in code points (as
 * Python counts) and inclusive {@code token_end}, and Prodigy-style {@code relations} from each
 * trigger to its arguments, labelled with the role. Document id, title and metadata go to
 * {@code meta}. Statuses are not expressible (one {@code answer} per task).
 */
final class SpacyWriter extends JsonLinesWriter {


    private final CoreNlpTokenizer tokenizer;

    SpacyWriter(CoreNlpTokenizer tokenizer, ExportWarnings warnings) {
        super(warnings);
        this.tokenizer = tokenizer;
    }

    @Override
    public JsonNode line(GoldDocument document) {
        TokenizedDocument tokenized = new TokenizedDocument(document, tokenizer, warnings);
        ObjectNode task = JsonSupport.object();
        task.put("text", document.text());
        ArrayNode tokens = task.putArray("tokens");
        for (int i = 0; i < tokenized.tokens().size(); i++) {
            TokenizedDocument.Token token = tokenized.tokens().get(i);
            tokens.addObject().put("text", token.text()).put("start", token.start()).put("end", token.end())
                    .put("id", i).put("ws", token.spaceAfter());
        }
        ArrayNode spans = task.putArray("spans");
        Map<String, ObjectNode> entitySpans = new HashMap<>();
        for (GoldEntity entity : document.entities()) {
            ObjectNode span = span(tokenized, entity.start(), entity.end(), entity.label());
            if (span != null) {
                spans.add(span);
                entitySpans.put(entity.id(), span);
            }
        }
        ArrayNode relations = task.putArray("relations");
        for (GoldEvent event : document.events()) {
            ObjectNode trigger = span(tokenized, event.triggerStart(), event.triggerEnd(), event.type());
            if (trigger == null) {
                continue;
            }
            spans.add(trigger);
            for (GoldEvent.GoldArgument argument : event.arguments()) {
                ObjectNode child = entitySpans.get(argument.entity());
                if (child != null) {
                    ObjectNode relation = relations.addObject();
                    relation.put("head", trigger.get("token_end").intValue());
                    relation.put("child", child.get("token_end").intValue());
                    relation.set("head_span", trigger.deepCopy());
                    relation.set("child_span", child.deepCopy());
                    relation.put("label", argument.role());
                }
            }
        }
        task.put("answer", "accept");
        task.set("meta", JsonSupport.documentMeta(document));
        return task;
    }

    private ObjectNode span(TokenizedDocument tokenized, int start, int end, String label) {
        int[] tokens = tokenized.tokenSpan(start, end);
        if (tokens == null) {
            return null;
        }
        ObjectNode span = JsonSupport.object();
        span.put("start", start).put("end", end).put("token_start", tokens[0]).put("token_end", tokens[1])
                .put("label", label);
        return span;
    }
}
