package org.goldset.format.doccano;

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
 * doccano JSONL: {@code text}, {@code entities} ({@code id}, {@code label}, {@code start_offset},
 * {@code end_offset}, in code points) and {@code relations} ({@code from_id}, {@code to_id},
 * {@code type}); doccano's older {@code label: [[start, end, "LABEL"]]} too. An entity labelled
 * with an event type is an event trigger; a relation from it is an argument with its type as the
 * role. doccano has no statuses: everything is ACCEPTED.
 */
final class DoccanoReader extends JsonLinesReader {

    DoccanoReader(AnnotationSchema schema) {
        super(schema);
    }

    @Override
    public GoldDocument document(Path file, JsonNode root, int line, List<ImportProblem> problems) {
        String text = ForeignJson.string(root, "text", "", line);
        NativeDocumentBuilder builder = new NativeDocumentBuilder(file, line,
                ForeignJson.documentId(file, line, root.get("document_id"), root.get("id")), text);
        ForeignJson.restoreMeta(builder.document(), root.get("meta"));
        Map<String, String> entityIds = new HashMap<>();
        Map<String, ObjectNode> triggers = new HashMap<>();
        int index = 0;
        for (JsonNode entity : ForeignJson.array(root, "entities", "", line)) {
            String where = "entities[" + index++ + "]";
            String id = entity.has("id") ? entity.get("id").asString() : "e" + index;
            add(builder, where, line, id, ForeignJson.integer(entity, "start_offset", where + ".", line),
                    ForeignJson.integer(entity, "end_offset", where + ".", line),
                    ForeignJson.string(entity, "label", where + ".", line), entityIds, triggers);
        }
        index = 0;
        for (JsonNode triple : ForeignJson.array(root, "label", "", line)) {
            String where = "label[" + index++ + "]";
            if (!triple.isArray() || triple.size() != 3 || !triple.get(0).isIntegralNumber()
                    || !triple.get(1).isIntegralNumber() || !triple.get(2).isString()) {
                throw new ImportFileException(line, where + " must be [start, end, \"LABEL\"]");
            }
            add(builder, where, line, "label" + index, triple.get(0).intValue(), triple.get(1).intValue(),
                    triple.get(2).stringValue(), entityIds, triggers);
        }
        index = 0;
        for (JsonNode relation : ForeignJson.array(root, "relations", "", line)) {
            String where = "relations[" + index++ + "]";
            String from = relation.has("from_id") ? relation.get("from_id").asString() : null;
            String to = relation.has("to_id") ? relation.get("to_id").asString() : null;
            String role = ForeignJson.string(relation, "type", where + ".", line);
            ObjectNode event = triggers.get(from);
            if (event == null) {
                throw new ImportFileException(line, where + ": from_id " + from + " is not an entity labelled with "
                        + "an event type (Goldset keeps relations as event arguments, from the trigger)");
            }
            if (!entityIds.containsKey(to)) {
                throw new ImportFileException(line, where + ": to_id " + to + " is not an entity of this line");
            }
            builder.addArgument(event, new NativeDocumentBuilder.Where(line, where), role, entityIds.get(to), null);
        }
        return builder.build(parser, problems);
    }

    private void add(NativeDocumentBuilder builder, String where, int line, String id, int start, int end, String label,
                     Map<String, String> entityIds, Map<String, ObjectNode> triggers) {
        NativeDocumentBuilder.Where at = new NativeDocumentBuilder.Where(line, where);
        if (isEventType(label)) {
            triggers.put(id, builder.addEvent(at, "ev-" + id, label, start, end, null, null));
        } else {
            entityIds.put(id, id);
            builder.addEntity(at, id, start, end, label, null, null);
        }
    }
}
