package org.goldset.format.labelstudio;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.goldset.format.ForeignJson;
import org.goldset.format.ImportFileException;
import org.goldset.format.NativeDocumentBuilder;
import org.goldset.schema.AnnotationSchema;
import org.goldset.text.TextOffsets;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The regions and relations of one Label Studio task's result lists, read into the native document:
 * the annotation's first (ACCEPTED), then the prediction's (PENDING), so that a prediction the
 * annotator took over comes in once.
 */
final class LabelStudioRegions {

    private final AnnotationSchema schema;
    private final NativeDocumentBuilder builder;
    private final TextOffsets text;
    private final int line;
    private final Map<String, String> acceptedEntities = new HashMap<>();
    private final Map<String, ObjectNode> acceptedTriggers = new HashMap<>();
    private final Set<String> idsUsed = new HashSet<>();

    LabelStudioRegions(AnnotationSchema schema, NativeDocumentBuilder builder, TextOffsets text, int line) {
        this.schema = schema;
        this.builder = builder;
        this.text = text;
        this.line = line;
    }

    void read(JsonNode result, String where, String engine, Double predictionScore) {
        if (result == null || !result.isArray()) {
            return;
        }
        Map<String, String> entities = new HashMap<>();
        Map<String, ObjectNode> triggers = new HashMap<>();
        for (int i = 0; i < result.size(); i++) {
            JsonNode item = result.get(i);
            String at = where + "[" + i + "]";
            if (item.path("type").asString("").equals("labels")) {
                region(item, at, engine, predictionScore, entities, triggers);
            }
        }
        for (int i = 0; i < result.size(); i++) {
            JsonNode item = result.get(i);
            if (item.path("type").asString("").equals("relation")) {
                relation(item, where + "[" + i + "]", engine, entities, triggers);
            }
        }
    }

    private void region(JsonNode item, String at, String engine, Double predictionScore,
                        Map<String, String> entities, Map<String, ObjectNode> triggers) {
        JsonNode value = item.get("value");
        if (value == null || !value.isObject()) {
            throw new ImportFileException(line, at + ".value is missing");
        }
        int start = ForeignJson.integer(value, "start", at + ".value.", line);
        int end = ForeignJson.integer(value, "end", at + ".value.", line);
        JsonNode labels = value.get("labels");
        if (labels == null || !labels.isArray() || labels.isEmpty() || !labels.get(0).isString()) {
            throw new ImportFileException(line, at + ".value.labels must hold a label");
        }
        String label = labels.get(0).stringValue();
        String stated = value.has("text") ? value.get("text").asString() : null;
        checkNotUtf16(start, end, stated, at);
        String span = start + ":" + end + ":" + label;
        String id = item.has("id") ? item.get("id").asString() : at;
        if (engine != null && acceptedEntities.containsKey(span)) {
            entities.put(id, acceptedEntities.get(span)); // a prediction the annotator took over
            return;
        }
        if (engine != null && acceptedTriggers.containsKey(span)) {
            triggers.put(id, acceptedTriggers.get(span));
            return;
        }
        String nativeId = idsUsed.add(id) ? id : engine + "-" + id;
        idsUsed.add(nativeId);
        Double score = item.has("score") && item.get("score").isNumber()
                ? Double.valueOf(item.get("score").doubleValue()) : predictionScore;
        ObjectNode details = details(engine, score);
        NativeDocumentBuilder.Where where = new NativeDocumentBuilder.Where(line, at);
        if (NativeDocumentBuilder.isTriggerLabel(schema, label)) {
            ObjectNode event = builder.addEvent(where, nativeId, label, start, end, stated, details);
            triggers.put(id, event);
            if (engine == null) {
                acceptedTriggers.put(span, event);
            }
        } else {
            entities.put(id, nativeId);
            builder.addEntity(where, nativeId, start, end, label, stated, details);
            if (engine == null) {
                acceptedEntities.put(span, nativeId);
            }
        }
    }

    private void relation(JsonNode item, String at, String engine, Map<String, String> entities,
                          Map<String, ObjectNode> triggers) {
        String from = item.path("from_id").asString("");
        String to = item.path("to_id").asString("");
        if ("left".equals(item.path("direction").asString(""))) {
            String swap = from;
            from = to;
            to = swap;
        }
        JsonNode labels = item.get("labels");
        if (labels == null || !labels.isArray() || labels.isEmpty()) {
            throw new ImportFileException(line, at + ": a relation needs a label, the argument's role");
        }
        ObjectNode event = triggers.get(from);
        if (event == null || !entities.containsKey(to)) {
            throw new ImportFileException(line, at + ": " + (event == null
                    ? "from_id \"" + from + "\" is not a region labelled with an event type in the same result"
                    : "to_id \"" + to + "\" is not an entity region in the same result"));
        }
        String role = labels.get(0).asString();
        for (JsonNode argument : event.withArray("arguments")) {
            if (argument.path("role").asString("").equals(role) && argument.path("entity").asString("").equals(entities.get(to))) {
                return; // the same argument, already in the accepted annotation
            }
        }
        builder.addArgument(event, new NativeDocumentBuilder.Where(line, at), role, entities.get(to), details(engine, null));
    }

    private ObjectNode details(String engine, Double score) {
        ObjectNode details = NativeDocumentBuilder.JSON.createObjectNode();
        if (engine == null) {
            return details.put("status", "ACCEPTED");
        }
        details.put("status", "PENDING");
        ObjectNode origin = details.putObject("origin").put("kind", "ENGINE").put("engine", engine);
        if (score != null) {
            origin.put("score", score);
        }
        return details;
    }

    /** Label Studio before its emoji fix counted UTF-16 units: say so rather than only "mismatch". */
    private void checkNotUtf16(int start, int end, String stated, String at) {
        if (stated == null || !text.isValidSpan(start, end) || text.slice(start, end).equals(stated)) {
            return;
        }
        String raw = text.text();
        if (end <= raw.length() && raw.substring(start, end).equals(stated)) {
            throw new ImportFileException(line, at + ": value.text is \"" + stated + "\" but [" + start + ", "
                    + end + ") covers \"" + text.slice(start, end) + "\" in code points; these offsets count UTF-16 "
                    + "units (Label Studio before its emoji fix): convert them to code points");
        }
    }
}
