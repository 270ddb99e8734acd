package org.goldset.format.spacy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.goldset.format.ForeignJson;
import org.goldset.format.ImportFileException;
import org.goldset.format.ImportProblem;
import org.goldset.format.JsonLinesReader;
import org.goldset.format.NativeDocumentBuilder;
import org.goldset.gold.GoldDocument;
import org.goldset.schema.AnnotationSchema;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Prodigy / spaCy JSONL: {@code text}, {@code spans} ({@code start}, {@code end} in code points,
 * {@code label}) and Prodigy {@code relations} ({@code head_span}, {@code child_span}, {@code label}).
 * A span labelled with an event type is an event trigger; a relation from it is an argument with its
 * label as the role. A task answered "reject" gives REJECTED annotations, any other ACCEPTED.
 */
final class SpacyReader extends JsonLinesReader {

    SpacyReader(AnnotationSchema schema) {
        super(schema);
    }

    @Override
    public GoldDocument document(Path file, JsonNode root, int line, List<ImportProblem> problems) {
        String text = ForeignJson.string(root, "text", "", line);
        JsonNode meta = root.get("meta");
        NativeDocumentBuilder builder = new NativeDocumentBuilder(file, line,
                ForeignJson.documentId(file, line, meta == null ? null : meta.get("id")), text);
        ForeignJson.restoreMeta(builder.document(), meta);
        boolean rejected = root.has("answer") && "reject".equals(root.get("answer").asString());
        ObjectNode details = NativeDocumentBuilder.JSON.createObjectNode().put("status", rejected ? "REJECTED" : "ACCEPTED");
        Map<String, String> entityIds = new HashMap<>();
        Map<String, ObjectNode> triggers = new HashMap<>();
        int index = 0;
        for (JsonNode span : ForeignJson.array(root, "spans", "", line)) {
            String where = "spans[" + index++ + "]";
            int start = ForeignJson.integer(span, "start", where + ".", line);
            int end = ForeignJson.integer(span, "end", where + ".", line);
            String label = ForeignJson.string(span, "label", where + ".", line);
            NativeDocumentBuilder.Where at = new NativeDocumentBuilder.Where(line, where);
            String key = key(start, end, label);
            if (isEventType(label)) {
                triggers.put(key, builder.addEvent(at, "ev" + index, label, start, end, null, details));
            } else {
                entityIds.put(key, "sp" + index);
                builder.addEntity(at, "sp" + index, start, end, label, null, details);
            }
        }
        index = 0;
        for (JsonNode relation : ForeignJson.array(root, "relations", "", line)) {
            String where = "relations[" + index++ + "]";
            String role = ForeignJson.string(relation, "label", where + ".", line);
            ObjectNode event = triggers.get(spanKey(relation, "head_span", where, line));
            String entity = entityIds.get(spanKey(relation, "child_span", where, line));
            if (event == null || entity == null) {
                throw new ImportFileException(line, where + ": " + (event == null
                        ? "head_span is not a span labelled with an event type (Goldset keeps relations as event arguments)"
                        : "child_span is not one of this task's entity spans"));
            }
            builder.addArgument(event, new NativeDocumentBuilder.Where(line, where), role, entity, details);
        }
        return builder.build(parser, problems);
    }

    private static String spanKey(JsonNode relation, String field, String where, int line) {
        JsonNode span = relation.get(field);
        if (span == null || !span.isObject()) {
            throw new ImportFileException(line, where + "." + field + " is missing");
        }
        return key(ForeignJson.integer(span, "start", where + "." + field + ".", line),
                ForeignJson.integer(span, "end", where + "." + field + ".", line),
                ForeignJson.string(span, "label", where + "." + field + ".", line));
    }

    private static String key(int start, int end, String label) {
        return start + ":" + end + ":" + label;
    }
}
