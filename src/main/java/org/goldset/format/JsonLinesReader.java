package org.goldset.format;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.goldset.gold.GoldDocument;
import org.goldset.gold.GoldJsonlParser;
import org.goldset.schema.AnnotationSchema;
import tools.jackson.databind.JsonNode;

/** A format with one document per line as a JSON object (doccano, spaCy), read line by line. */
public abstract class JsonLinesReader implements GoldFormatReader {

    protected final AnnotationSchema schema;
    protected final GoldJsonlParser parser;

    protected JsonLinesReader(AnnotationSchema schema) {
        this.schema = schema;
        this.parser = new GoldJsonlParser(schema);
    }

    /** One line's document, validated, or null after adding its problems. */
    public abstract GoldDocument document(Path file, JsonNode root, int line, List<ImportProblem> problems);

    @Override
    public void read(Path file, InputLimits limits, List<ImportProblem> problems, DocumentSink sink) throws IOException {
        ForeignJson.readLines(file, limits.lineCharacters(), problems, sink, (root, line) -> document(file, root, line, problems));
    }

    /** Whether a label names an event type (its span is a trigger) rather than an entity type. */
    protected boolean isEventType(String label) {
        return NativeDocumentBuilder.isTriggerLabel(schema, label);
    }
}
