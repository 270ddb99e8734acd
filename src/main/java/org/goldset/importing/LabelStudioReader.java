package org.goldset.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.goldset.base.TextOffsets;
import org.goldset.gold.GoldDocument;
import org.goldset.gold.GoldJsonlParser;
import org.goldset.schema.AnnotationSchema;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Label Studio JSON tasks (an array, read one task at a time): {@code data.text}, the first
 * annotation that was not cancelled (ACCEPTED) and the first prediction (PENDING, with its score).
 * {@code labels} regions are entities, or event triggers when labelled with an event type;
 * {@code relation}s from a trigger are arguments with the relation's label as the role. Offsets
 * count code points, as Label Studio stores them; UTF-16 offsets of older versions are refused with
 * a hint.
 */
final class LabelStudioReader implements GoldFormatReader {

    /** Reads one task after another from the array: what follows a task is the next one, not an error. */
    private static final JsonMapper TASKS = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private final AnnotationSchema schema;
    private final GoldJsonlParser parser;

    LabelStudioReader(AnnotationSchema schema) {
        this.schema = schema;
        this.parser = new GoldJsonlParser(schema);
    }

    @Override
    public void read(Path file, List<ImportProblem> problems, DocumentSink sink) throws IOException {
        try (InputStream in = Files.newInputStream(file);
             JsonParser json = TASKS.createParser(in)) {
            JsonToken first = json.nextToken();
            boolean array = first == JsonToken.START_ARRAY;
            if (!array && first != JsonToken.START_OBJECT) {
                throw new ImportFileException(1, "a Label Studio export is a JSON array of tasks");
            }
            int index = 0;
            while (problems.size() < JsonlFileImport.MAX_PROBLEMS_REPORTED
                    && (!array || json.nextToken() == JsonToken.START_OBJECT)) {
                int line = json.currentTokenLocation().getLineNr();
                JsonNode task = TASKS.readTree(json);
                try {
                    GoldDocument document = document(file, task, line, "tasks[" + index++ + "]", problems);
                    if (document != null) {
                        sink.accept(document, file, line);
                    }
                } catch (ImportFileException e) {
                    problems.add(new ImportProblem(file, e.line(), e.getMessage()));
                }
                if (!array) {
                    break;
                }
            }
        } catch (JacksonException e) {
            throw new ImportFileException(e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    "not valid JSON: " + e.getOriginalMessage());
        }
    }

    private GoldDocument document(Path file, JsonNode task, int line, String where, List<ImportProblem> problems) {
        JsonNode data = task.get("data");
        if (data == null || !data.isObject()) {
            throw new ImportFileException(line, where + ".data is missing");
        }
        String text = ForeignJson.string(data, "text", where + ".data.", line);
        JsonNode meta = data.get("meta");
        NativeDocumentBuilder builder = new NativeDocumentBuilder(file, line,
                ForeignJson.documentId(file, line, meta == null ? null : meta.get("id"), task.get("id")), text);
        ForeignJson.restoreMeta(builder.document(), meta);
        Regions regions = new Regions(builder, new TextOffsets(text), line);
        JsonNode annotation = firstNotCancelled(task.get("annotations"));
        if (annotation != null) {
            regions.read(annotation.get("result"), where + ".annotations[0].result", null, null);
        }
        JsonNode predictions = task.get("predictions");
        if (predictions != null && predictions.isArray() && !predictions.isEmpty()) {
            JsonNode prediction = predictions.get(0);
            String model = prediction.has("model_version") ? prediction.get("model_version").asString() : "label-studio";
            Double score = prediction.has("score") && prediction.get("score").isNumber() ? prediction.get("score").doubleValue() : null;
            regions.read(prediction.get("result"), where + ".predictions[0].result", model.isBlank() ? "label-studio" : model, score);
        }
        return builder.build(parser, problems);
    }

    private static JsonNode firstNotCancelled(JsonNode annotations) {
        if (annotations == null || !annotations.isArray()) {
            return null;
        }
        for (JsonNode annotation : annotations) {
            if (!annotation.path("was_cancelled").asBoolean(false)) {
                return annotation;
            }
        }
        return null;
    }

    /** The regions and relations of one result list; accepted ones first, so pending duplicates are skipped. */
    private final class Regions {
        private final NativeDocumentBuilder builder;
        private final TextOffsets text;
        private final int line;
        private final Map<String, String> acceptedEntities = new HashMap<>();
        private final Map<String, ObjectNode> acceptedTriggers = new HashMap<>();
        private final Set<String> idsUsed = new HashSet<>();

        Regions(NativeDocumentBuilder builder, TextOffsets text, int line) {
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
}
