package org.goldset.format;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.goldset.base.Json;
import org.goldset.gold.GoldDocument;
import org.goldset.gold.GoldFormatException;
import org.goldset.gold.GoldJsonlParser;
import org.goldset.schema.AnnotationSchema;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds a document read from a foreign format as native gold JSON, then validates it with the
 * native parser, so every format gets the same checks (spans inside the text, stated text matching
 * the offsets, labels, types and roles in the schema, no dangling arguments). Each annotation
 * remembers where it was read; a problem is reported there, in the format's own terms.
 */
public final class NativeDocumentBuilder {

    public static final JsonMapper JSON = Json.MAPPER;
    private static final Pattern NATIVE_PATH = Pattern.compile("^(entities|events)\\[(\\d+)](\\.arguments\\[(\\d+)])?");

    private final ObjectNode document = JSON.createObjectNode();
    private final ArrayNode entities;
    private final ArrayNode events;
    private final Path file;
    private final int line;
    private final List<Where> entityWhere = new ArrayList<>();
    private final List<Where> eventWhere = new ArrayList<>();
    private final List<List<Where>> argumentWhere = new ArrayList<>();

    /** Where in the source an annotation was read: a line and a description, e.g. "T3" or "spans[2]". */
    public record Where(int line, String description) {
    }

    public NativeDocumentBuilder(Path file, int line, String id, String text) {
        this.file = file;
        this.line = line;
        document.put("id", id);
        document.put("text", text);
        document.put("offsets", "codepoints");
        entities = document.putArray("entities");
        events = document.putArray("events");
    }

    /** A span labelled with an event type (and not an entity type) is an event's trigger. */
    public static boolean isTriggerLabel(AnnotationSchema schema, String label) {
        return schema.eventType(label).isPresent() && !schema.hasEntityType(label);
    }

    public ObjectNode document() {
        return document;
    }

    /** Adds an entity: Goldset's {@code details} (status, origin, …) first, then the format's own fields. */
    public void addEntity(Where where, String id, int start, int end, String label, String statedText, ObjectNode details) {
        ObjectNode entity = details == null ? JSON.createObjectNode() : details.deepCopy();
        entity.put("id", id).put("start", start).put("end", end).put("label", label);
        if (statedText != null) {
            entity.put("text", statedText);
        }
        entities.add(entity);
        entityWhere.add(where);
    }

    public ObjectNode addEvent(Where where, String id, String type, int start, int end, String statedText, ObjectNode details) {
        ObjectNode event = details == null ? JSON.createObjectNode() : details.deepCopy();
        event.put("id", id).put("type", type);
        ObjectNode trigger = event.putObject("trigger").put("start", start).put("end", end);
        if (statedText != null) {
            trigger.put("text", statedText);
        }
        event.putArray("arguments");
        events.add(event);
        eventWhere.add(where);
        argumentWhere.add(new ArrayList<>());
        return event;
    }

    public void addArgument(ObjectNode event, Where where, String role, String entityId, ObjectNode details) {
        ObjectNode argument = details == null ? JSON.createObjectNode() : details.deepCopy();
        argument.put("role", role).put("entity", entityId);
        event.withArray("arguments").add(argument);
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) == event) {
                argumentWhere.get(i).add(where);
            }
        }
    }

    /** The validated document, or null after adding the first problem to {@code problems}. */
    public GoldDocument build(GoldJsonlParser parser, List<ImportProblem> problems) {
        try {
            return parser.parse(document, line);
        } catch (GoldFormatException e) {
            problems.add(translate(e.getMessage().replaceFirst("^line \\d+: ", "")));
            return null;
        }
    }

    /** "entities[3]: …" becomes "T4: …" on the .ann line of T4, "spans[2]: …" on the task's line, etc. */
    private ImportProblem translate(String message) {
        Matcher path = NATIVE_PATH.matcher(message);
        if (!path.find()) {
            return new ImportProblem(file, line, message);
        }
        int index = Integer.parseInt(path.group(2));
        Where where = path.group(1).equals("entities") ? entityWhere.get(index) : eventWhere.get(index);
        if (path.group(4) != null) {
            where = argumentWhere.get(index).get(Integer.parseInt(path.group(4)));
        }
        return new ImportProblem(file, where.line(), where.description() + message.substring(path.end()));
    }
}
