package org.goldset.format.labelstudio;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.goldset.base.Json;
import org.goldset.format.ForeignJson;
import org.goldset.format.GoldFormatReader;
import org.goldset.format.ImportFileException;
import org.goldset.format.ImportProblem;
import org.goldset.format.InputLimits;
import org.goldset.format.NativeDocumentBuilder;
import org.goldset.gold.GoldDocument;
import org.goldset.gold.GoldJsonlParser;
import org.goldset.schema.AnnotationSchema;
import org.goldset.text.TextOffsets;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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
    private static final JsonMapper TASKS = Json.MAPPER.rebuild()
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private final AnnotationSchema schema;
    private final GoldJsonlParser parser;

    LabelStudioReader(AnnotationSchema schema) {
        this.schema = schema;
        this.parser = new GoldJsonlParser(schema);
    }

    @Override
    public void read(Path file, InputLimits limits, List<ImportProblem> problems, DocumentSink sink) throws IOException {
        try (InputStream in = Files.newInputStream(file);
             JsonParser json = TASKS.createParser(in)) {
            JsonToken first = json.nextToken();
            boolean array = first == JsonToken.START_ARRAY;
            if (!array && first != JsonToken.START_OBJECT) {
                throw new ImportFileException(1, "a Label Studio export is a JSON array of tasks");
            }
            int index = 0;
            while (problems.size() < GoldFormatReader.MAX_PROBLEMS_REPORTED
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
        LabelStudioRegions regions = new LabelStudioRegions(schema, builder, new TextOffsets(text), line);
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
}
