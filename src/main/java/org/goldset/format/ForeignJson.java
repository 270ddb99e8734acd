package org.goldset.format;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.goldset.gold.GoldDocument;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Small helpers for reading the JSON formats: typed field access that fails with the field's name. */
public final class ForeignJson {

    private ForeignJson() {
    }

    /** Reads a JSON-lines file one document per line, collecting each line's problems. */
    public static void readLines(Path file, int maxLineBytes, List<ImportProblem> problems,
                                 GoldFormatReader.DocumentSink sink, LineReader reader) throws IOException {
        JsonLines.forEachLine(file, maxLineBytes, (line, number) -> {
            if (problems.size() >= GoldFormatReader.MAX_PROBLEMS_REPORTED) {
                return;
            }
            try {
                GoldDocument document = reader.read(parseLine(line, number), number);
                if (document != null) {
                    sink.accept(document, file, number);
                }
            } catch (ImportFileException e) {
                problems.add(new ImportProblem(file, e.line(), e.getMessage()));
            }
        });
    }

    /** Turns one line's JSON into a validated document, or null after adding its problems. */
    @FunctionalInterface
    public interface LineReader {
        GoldDocument read(JsonNode root, int line);
    }

    public static JsonNode parseLine(String line, int lineNumber) {
        try {
            JsonNode node = NativeDocumentBuilder.JSON.readTree(line);
            if (node == null || !node.isObject()) {
                throw new ImportFileException(lineNumber, "each line must be one JSON object");
            }
            return node;
        } catch (JacksonException e) {
            throw new ImportFileException(lineNumber, "not valid JSON: " + e.getOriginalMessage());
        }
    }

    public static String string(JsonNode node, String field, String where, int line) {
        JsonNode value = node.get(field);
        if (value == null || !value.isString()) {
            throw new ImportFileException(line, where + field + (value == null ? " is missing" : " must be a string"));
        }
        return value.stringValue();
    }

    public static int integer(JsonNode node, String field, String where, int line) {
        JsonNode value = node.get(field);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToInt()) {
            throw new ImportFileException(line, where + field + (value == null ? " is missing"
                    : " must be a whole number of code points; got " + value));
        }
        return value.intValue();
    }

    public static Iterable<JsonNode> array(JsonNode node, String field, String where, int line) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new ImportFileException(line, where + field + " must be an array");
        }
        return value;
    }

    /** A document's id: the first present of the given fields, else file name and line. */
    public static String documentId(Path file, int line, JsonNode... candidates) {
        for (JsonNode candidate : candidates) {
            if (candidate != null && (candidate.isString() || candidate.isNumber()) && !candidate.asString().isBlank()) {
                return candidate.asString();
            }
        }
        return file.getFileName().toString().replaceFirst("\\.[^.]*$", "") + "-" + line;
    }

    /**
     * Copies Goldset's metadata back from a format's free metadata object (written there on export as
     * the native {@code meta} plus {@code id}, {@code title} and {@code offsets}).
     */
    public static void restoreMeta(ObjectNode document, JsonNode meta) {
        if (meta == null || !meta.isObject()) {
            return;
        }
        ObjectNode nativeMeta = document.putObject("meta");
        for (Iterator<Map.Entry<String, JsonNode>> fields = meta.properties().iterator(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            switch (field.getKey()) {
                case "id", "offsets" -> { }
                case "title" -> {
                    if (field.getValue().isString()) {
                        document.put("title", field.getValue().stringValue());
                    }
                }
                default -> nativeMeta.set(field.getKey(), field.getValue());
            }
        }
    }
}
