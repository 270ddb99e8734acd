package org.goldset.format;

import java.io.IOException;
import java.io.OutputStream;
import org.goldset.base.Json;
import org.goldset.gold.GoldDocument;
import org.goldset.gold.GoldEntity;
import org.goldset.gold.GoldEvent;
import org.goldset.gold.GoldJsonlWriter;
import org.goldset.gold.GoldStatus;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Shared by the JSON-based writers: compact output one value at a time, and the status warning. */
public final class JsonSupport {

    public static final JsonMapper JSON = Json.MAPPER;
    public static final String NOT_ACCEPTED = "annotation that is not ACCEPTED in a format without statuses "
            + "(reads back as ACCEPTED)";

    private JsonSupport() {
    }

    public static void writeLine(OutputStream out, JsonNode value) throws IOException {
        out.write(JSON.writeValueAsBytes(value));
        out.write('\n');
    }

    public static ObjectNode object() {
        return JSON.createObjectNode();
    }

    public static ArrayNode array() {
        return JSON.createArrayNode();
    }

    /** For formats that have no statuses: count what would come back with a different one. */
    public static void warnUnlessAllAccepted(GoldDocument document, ExportWarnings warnings) {
        for (GoldEntity entity : document.entities()) {
            if (entity.status() != GoldStatus.ACCEPTED) {
                warnings.add(NOT_ACCEPTED);
            }
        }
        for (GoldEvent event : document.events()) {
            if (event.status() != GoldStatus.ACCEPTED) {
                warnings.add(NOT_ACCEPTED);
            }
            event.arguments().stream().filter(argument -> argument.status() != GoldStatus.ACCEPTED)
                    .forEach(argument -> warnings.add(NOT_ACCEPTED));
        }
    }

    /**
     * Document identity and metadata for a format's free metadata field: the native {@code meta}
     * with {@code id}, {@code title} and {@code offsets} added.
     */
    public static ObjectNode documentMeta(GoldDocument document) {
        ObjectNode meta = (ObjectNode) GoldJsonlWriter.toTree(document).get("meta");
        meta.put("id", document.id());
        if (document.title() != null) {
            meta.put("title", document.title());
        }
        meta.put("offsets", "codepoints");
        return meta;
    }
}
