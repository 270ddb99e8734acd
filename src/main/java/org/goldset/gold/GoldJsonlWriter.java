package org.goldset.gold;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;
import org.goldset.base.Json;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes native gold JSONL, one document per line, straight to the stream: nothing is buffered
 * beyond the current document, so memory does not grow with the corpus.
 */
public final class GoldJsonlWriter implements Closeable {

    private static final JsonMapper JSON = Json.MAPPER;

    private final OutputStream out;

    public GoldJsonlWriter(OutputStream out) {
        this.out = out;
    }

    public void write(GoldDocument document) {
        try (JsonGenerator json = JSON.createGenerator(new NonClosing(out))) {
            json.writeStartObject();
            json.writeStringProperty("id", document.id());
            json.writeStringProperty("title", document.title());
            json.writeStringProperty("text", document.text());
            writeMeta(json, document.meta());
            json.writeStringProperty("status", document.status().name());
            json.writeStringProperty("offsets", "codepoints");
            if (document.annotator() != null) {
                json.writeStringProperty("annotator", document.annotator());
            }
            json.writeArrayPropertyStart("entities");
            for (GoldEntity entity : document.entities()) {
                writeEntity(json, entity);
            }
            json.writeEndArray();
            json.writeArrayPropertyStart("events");
            for (GoldEvent event : document.events()) {
                writeEvent(json, event);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        try {
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The document as the JSON tree of its JSONL line: other formats carry Goldset's details (status,
     * origin, decisions) along in their notes or metadata fields with exactly the native field names.
     */
    public static ObjectNode toTree(GoldDocument document) {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        new GoldJsonlWriter(line).write(document);
        return (ObjectNode) JSON.readTree(line.toByteArray());
    }

    private static void writeMeta(JsonGenerator json, GoldMetadata meta) {
        json.writeObjectPropertyStart("meta");
        writeIfPresent(json, GoldMetadata.OUTLET, meta.outlet());
        writeIfPresent(json, GoldMetadata.BYLINE, meta.byline());
        // An imported date-time is kept verbatim among the extras; the date column only has its day.
        if (meta.date() != null && !meta.extraJson().containsKey(GoldMetadata.DATE)) {
            json.writeStringProperty(GoldMetadata.DATE, meta.date().toString());
        }
        writeIfPresent(json, GoldMetadata.URL, meta.url());
        writeJsonValues(json, meta.extraJson());
        json.writeEndObject();
    }

    private static void writeEntity(JsonGenerator json, GoldEntity entity) {
        json.writeStartObject();
        json.writeStringProperty("id", entity.id());
        json.writeNumberProperty("start", entity.start());
        json.writeNumberProperty("end", entity.end());
        json.writeStringProperty("label", entity.label());
        json.writeStringProperty("text", entity.text());
        json.writeStringProperty("status", entity.status().name());
        writeOrigin(json, entity.origin());
        writeDecision(json, entity.decidedBy(), entity.decidedAt());
        writeIfPresent(json, "canonical_name", entity.canonicalName());
        writeIfPresent(json, "kb_id", entity.kbId());
        writeRawIfPresent(json, "engines", entity.enginesJson());
        writeRawIfPresent(json, "alternatives", entity.alternativesJson());
        writeRawIfPresent(json, "provenance", entity.provenanceJson());
        json.writeEndObject();
    }

    private static void writeEvent(JsonGenerator json, GoldEvent event) {
        json.writeStartObject();
        json.writeStringProperty("id", event.id());
        json.writeStringProperty("type", event.type());
        json.writeObjectPropertyStart("trigger");
        json.writeNumberProperty("start", event.triggerStart());
        json.writeNumberProperty("end", event.triggerEnd());
        json.writeStringProperty("text", event.triggerText());
        json.writeEndObject();
        json.writeArrayPropertyStart("arguments");
        for (GoldEvent.GoldArgument argument : event.arguments()) {
            json.writeStartObject();
            json.writeStringProperty("role", argument.role());
            json.writeStringProperty("entity", argument.entity());
            json.writeStringProperty("status", argument.status().name());
            writeOrigin(json, argument.origin());
            writeDecision(json, argument.decidedBy(), argument.decidedAt());
            writeRawIfPresent(json, "provenance", argument.provenanceJson());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeStringProperty("status", event.status().name());
        writeOrigin(json, event.origin());
        writeDecision(json, event.decidedBy(), event.decidedAt());
        if (!event.attributesJson().isEmpty()) {
            json.writeObjectPropertyStart("attributes");
            writeJsonValues(json, event.attributesJson());
            json.writeEndObject();
        }
        writeRawIfPresent(json, "provenance", event.provenanceJson());
        json.writeEndObject();
    }

    private static void writeOrigin(JsonGenerator json, GoldOrigin origin) {
        json.writeObjectPropertyStart("origin");
        json.writeStringProperty("kind", origin.kind().name());
        writeIfPresent(json, "engine", origin.engine());
        writeIfPresent(json, "version", origin.version());
        if (origin.score() != null) {
            json.writeNumberProperty("score", origin.score());
        }
        json.writeEndObject();
    }

    private static void writeDecision(JsonGenerator json, String decidedBy, Instant decidedAt) {
        writeIfPresent(json, "decided_by", decidedBy);
        writeIfPresent(json, "decided_at", decidedAt == null ? null : decidedAt.toString());
    }

    private static void writeJsonValues(JsonGenerator json, Map<String, String> valuesAsJson) {
        for (Map.Entry<String, String> entry : valuesAsJson.entrySet()) {
            json.writeName(entry.getKey());
            json.writeTree(JSON.readTree(entry.getValue()));
        }
    }

    private static void writeRawIfPresent(JsonGenerator json, String name, String valueAsJson) {
        if (valueAsJson != null) {
            json.writeName(name);
            json.writeTree(JSON.readTree(valueAsJson));
        }
    }

    private static void writeIfPresent(JsonGenerator json, String name, String value) {
        if (value != null) {
            json.writeStringProperty(name, value);
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    /** Lets each document's generator flush without closing the shared stream. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
