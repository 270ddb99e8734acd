package org.goldset.gold;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.goldset.base.Json;
import org.goldset.schema.AnnotationSchema;
import org.goldset.schema.EventType;
import org.goldset.schema.RoleDefinition;
import org.goldset.text.TextOffsets;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Parses and fully validates one line of native gold JSONL against the schema. Everything an
 * importer could trip over later is checked here, with the line number and the field in the
 * message: required fields, types, code-point offsets inside the text, covered text matching the
 * offsets, unknown labels, types and roles, role/entity-type compatibility, dangling references.
 */
public final class GoldJsonlParser {

    public static final int MAX_ID_LENGTH = 200;

    /** Its own mapper: a key given twice in gold data is an error, not "the last one wins". */
    private static final JsonMapper JSON = Json.MAPPER.rebuild()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final AnnotationSchema schema;

    public GoldJsonlParser(AnnotationSchema schema) {
        this.schema = schema;
    }

    public GoldDocument parse(String line, int lineNumber) {
        JsonNode root;
        try {
            root = JSON.readTree(line);
        } catch (JacksonException e) {
            throw new GoldFormatException(lineNumber, "not valid JSON: " + e.getOriginalMessage());
        }
        return parse(root, lineNumber);
    }

    /** Validates a document already read as JSON, e.g. one that an importer built from another format. */
    public GoldDocument parse(JsonNode root, int lineNumber) {
        return new LineParser(lineNumber).document(root);
    }

    /** Reads one line's document; every check names the line and the field where it failed. */
    private final class LineParser extends LineFields {

        LineParser(int lineNumber) {
            super(lineNumber);
        }

        GoldDocument document(JsonNode root) {
            if (root == null || !root.isObject()) {
                throw fail("each line must be one JSON object");
            }
            String offsets = optionalString(root, "offsets", "");
            if (offsets != null && !offsets.equals("codepoints")) {
                throw fail("\"offsets\" is \"" + offsets + "\" but Goldset reads offsets in Unicode code points;"
                        + " write \"offsets\":\"codepoints\" and convert the offsets");
            }
            String id = requiredString(root, "id", "");
            if (id.isBlank() || id.length() > MAX_ID_LENGTH) {
                throw fail("\"id\" must be 1 to " + MAX_ID_LENGTH + " characters");
            }
            String text = requiredString(root, "text", "");
            if (text.isEmpty()) {
                throw fail("\"text\" is empty");
            }
            TextOffsets offsetsOfText = new TextOffsets(text);
            String title = optionalString(root, "title", "");
            GoldDocumentStatus status = enumValue(GoldDocumentStatus.class, optionalString(root, "status", ""), "status",
                    GoldDocumentStatus.NEW);
            GoldMetadata meta = metadata(root.get("meta"));
            List<GoldEntity> entities = entities(root.get("entities"), offsetsOfText);
            List<GoldEvent> events = events(root.get("events"), offsetsOfText, entities);
            String annotator = optionalString(root, "annotator", "");
            return new GoldDocument(id, title, text, meta, status, entities, events, annotator);
        }

        private GoldMetadata metadata(JsonNode meta) {
            if (meta == null || meta.isNull()) {
                return new GoldMetadata(null, null, null, null, Map.of());
            }
            if (!meta.isObject()) {
                throw fail("\"meta\" must be an object");
            }
            String outlet = optionalString(meta, GoldMetadata.OUTLET, "meta.");
            if (outlet == null) {
                outlet = optionalString(meta, "source", "meta.");
            }
            String dateText = optionalString(meta, GoldMetadata.DATE, "meta.");
            LocalDate date = null;
            if (dateText != null) {
                try {
                    date = LocalDate.parse(dateText.length() > 10 ? dateText.substring(0, 10) : dateText);
                } catch (DateTimeParseException e) {
                    throw fail("meta.date \"" + dateText + "\" is not an ISO-8601 date (yyyy-MM-dd or a date-time)");
                }
            }
            Map<String, String> extra = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> field : meta.properties()) {
                String key = field.getKey();
                boolean wellKnown = key.equals(GoldMetadata.OUTLET) || key.equals(GoldMetadata.BYLINE)
                        || key.equals(GoldMetadata.URL) || (key.equals(GoldMetadata.DATE) && (dateText == null || dateText.length() == 10))
                        || (key.equals("source") && meta.get(GoldMetadata.OUTLET) == null);
                if (!wellKnown) {
                    extra.put(key, JSON.writeValueAsString(field.getValue()));
                }
            }
            return new GoldMetadata(outlet, optionalString(meta, GoldMetadata.BYLINE, "meta."), date,
                    optionalString(meta, GoldMetadata.URL, "meta."), extra);
        }

        private List<GoldEntity> entities(JsonNode array, TextOffsets text) {
            List<GoldEntity> entities = new ArrayList<>();
            Map<String, Integer> seenIds = new HashMap<>();
            for (JsonNode entity : arrayOrEmpty(array, "entities")) {
                String where = "entities[" + entities.size() + "]";
                JsonNode node = object(entity, where);
                String id = requiredString(node, "id", where + ".");
                if (seenIds.put(id, entities.size()) != null) {
                    throw fail(where + ": entity id \"" + id + "\" is used twice in this document");
                }
                int start = requiredInt(node, "start", where + ".");
                int end = requiredInt(node, "end", where + ".");
                checkSpan(start, end, text, where);
                String label = requiredString(node, "label", where + ".");
                if (!schema.hasEntityType(label)) {
                    throw fail(where + ": unknown entity label \"" + label + "\" (the schema has: "
                            + schema.entityTypeNames() + ")");
                }
                String covered = checkCoveredText(node, "text", start, end, text, where);
                Review review = review(node, where);
                entities.add(new GoldEntity(id, start, end, label, covered, review.status, review.origin,
                        review.decidedBy, review.decidedAt, optionalString(node, "canonical_name", where + "."),
                        optionalString(node, "kb_id", where + "."), optionalArrayJson(node, "engines", where),
                        optionalArrayJson(node, "alternatives", where), optionalObjectJson(node, "provenance", where)));
            }
            return entities;
        }

        private List<GoldEvent> events(JsonNode array, TextOffsets text, List<GoldEntity> entities) {
            Map<String, GoldEntity> entitiesById = new HashMap<>();
            entities.forEach(entity -> entitiesById.put(entity.id(), entity));
            List<GoldEvent> events = new ArrayList<>();
            Map<String, Integer> seenIds = new HashMap<>();
            for (JsonNode eventNode : arrayOrEmpty(array, "events")) {
                String where = "events[" + events.size() + "]";
                JsonNode node = object(eventNode, where);
                String id = optionalString(node, "id", where + ".");
                if (id == null) {
                    id = "ev" + (events.size() + 1);
                }
                if (seenIds.put(id, events.size()) != null || entitiesById.containsKey(id)) {
                    throw fail(where + ": id \"" + id + "\" is used twice in this document");
                }
                String typeName = requiredString(node, "type", where + ".");
                EventType type = schema.eventType(typeName).orElseThrow(() -> fail(where
                        + ": unknown event type \"" + typeName + "\" (the schema has: " + schema.eventTypeNames() + ")"));
                JsonNode trigger = object(node.get("trigger"), where + ".trigger");
                int start = requiredInt(trigger, "start", where + ".trigger.");
                int end = requiredInt(trigger, "end", where + ".trigger.");
                checkSpan(start, end, text, where + ".trigger");
                String triggerText = checkCoveredText(trigger, "text", start, end, text, where + ".trigger");
                List<GoldEvent.GoldArgument> arguments = arguments(node.get("arguments"), type, entitiesById, where);
                Review review = review(node, where);
                events.add(new GoldEvent(id, typeName, start, end, triggerText, arguments, review.status,
                        review.origin, review.decidedBy, review.decidedAt, attributes(node.get("attributes"), where),
                        optionalObjectJson(node, "provenance", where)));
            }
            return events;
        }

        private List<GoldEvent.GoldArgument> arguments(JsonNode array, EventType type,
                                                       Map<String, GoldEntity> entitiesById, String eventWhere) {
            if (array == null) {
                throw fail(eventWhere + ".arguments is missing (write [] for an event without arguments)");
            }
            List<GoldEvent.GoldArgument> arguments = new ArrayList<>();
            for (JsonNode argumentNode : arrayOrEmpty(array, eventWhere + ".arguments")) {
                String where = eventWhere + ".arguments[" + arguments.size() + "]";
                JsonNode node = object(argumentNode, where);
                String roleName = requiredString(node, "role", where + ".");
                RoleDefinition role = type.role(roleName).orElseThrow(() -> fail(where + ": " + type.name()
                        + " has no role \"" + roleName + "\" (its roles: "
                        + String.join(", ", type.roles().stream().map(RoleDefinition::name).toList()) + ")"));
                String entityId = requiredString(node, "entity", where + ".");
                GoldEntity entity = entitiesById.get(entityId);
                if (entity == null) {
                    throw fail(where + ": entity \"" + entityId + "\" is not an entity id of this line");
                }
                if (!role.accepts(entity.label())) {
                    throw fail(where + ": role " + type.name() + "." + role.name() + " does not accept "
                            + entity.label() + " (it accepts " + String.join(", ", role.accepts()) + ")");
                }
                Review review = review(node, where);
                arguments.add(new GoldEvent.GoldArgument(roleName, entityId, review.status, review.origin,
                        review.decidedBy, review.decidedAt, optionalObjectJson(node, "provenance", where)));
            }
            return arguments;
        }

        /** An annotation without a status is gold as given: ACCEPTED, origin IMPORTED. */
        private Review review(JsonNode node, String where) {
            String statusText = optionalString(node, "status", where + ".");
            if (statusText == null) {
                return new Review(GoldStatus.ACCEPTED, GoldOrigin.IMPORTED,
                        optionalString(node, "decided_by", where + "."), instant(node, where));
            }
            GoldStatus status = enumValue(GoldStatus.class, statusText, where + ".status", null);
            return new Review(status, origin(node.get("origin"), where),
                    optionalString(node, "decided_by", where + "."), instant(node, where));
        }

        private GoldOrigin origin(JsonNode node, String where) {
            if (node == null || node.isNull()) {
                return GoldOrigin.IMPORTED;
            }
            if (node.isString()) {
                GoldOrigin.Kind kind = enumValue(GoldOrigin.Kind.class, node.stringValue(), where + ".origin", null);
                if (kind == GoldOrigin.Kind.ENGINE) {
                    throw fail(where + ".origin: an engine origin is an object {\"engine\",\"version\",\"score\"}");
                }
                return new GoldOrigin(kind, null, null, null);
            }
            JsonNode origin = object(node, where + ".origin");
            String engine = optionalString(origin, "engine", where + ".origin.");
            String kindText = optionalString(origin, "kind", where + ".origin.");
            GoldOrigin.Kind kind = kindText != null ? enumValue(GoldOrigin.Kind.class, kindText, where + ".origin.kind", null)
                    : engine != null ? GoldOrigin.Kind.ENGINE : GoldOrigin.Kind.IMPORTED;
            if (kind == GoldOrigin.Kind.ENGINE && (engine == null || engine.isBlank())) {
                throw fail(where + ".origin: an engine origin needs \"engine\"");
            }
            Double score = null;
            JsonNode scoreNode = origin.get("score");
            if (scoreNode != null && !scoreNode.isNull()) {
                if (!scoreNode.isNumber()) {
                    throw fail(where + ".origin.score must be a number");
                }
                score = scoreNode.doubleValue();
            }
            return kind == GoldOrigin.Kind.ENGINE
                    ? new GoldOrigin(kind, engine, optionalString(origin, "version", where + ".origin."), score)
                    : new GoldOrigin(kind, null, null, null);
        }

    }

    private record Review(GoldStatus status, GoldOrigin origin, String decidedBy, Instant decidedAt) {
    }
}
