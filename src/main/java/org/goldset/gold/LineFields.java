package org.goldset.gold;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.goldset.base.Json;
import org.goldset.schema.EventAttribute;
import org.goldset.text.TextOffsets;
import tools.jackson.databind.JsonNode;

/**
 * Typed access to the fields of one JSONL line, each failing with the line number and the field's
 * path ({@code entities[3].start}) in a {@link GoldFormatException}.
 */
abstract class LineFields {

    protected final int lineNumber;

    LineFields(int lineNumber) {
        this.lineNumber = lineNumber;
    }

    /** Machine-suggestion details are kept as given, as JSON text. */
    String optionalArrayJson(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isArray()) {
            throw fail(where + "." + field + " must be an array");
        }
        return Json.MAPPER.writeValueAsString(value);
    }

    /** A JSON object kept as written (the provenance of a curated annotation), or null when absent. */
    String optionalObjectJson(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isObject()) {
            throw fail(where + "." + field + " must be an object");
        }
        return Json.MAPPER.writeValueAsString(value);
    }

    Map<String, String> attributes(JsonNode node, String where) {
        Map<String, String> attributes = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return attributes;
        }
        if (!node.isObject()) {
            throw fail(where + ".attributes must be an object");
        }
        JsonNode modality = node.get(EventAttribute.MODALITY.key());
        if (modality != null && !modality.isNull()
                && !(modality.isString() && EventAttribute.MODALITIES.contains(modality.stringValue()))) {
            throw fail(where + ".attributes.modality must be one of " + String.join(", ", EventAttribute.MODALITIES)
                    + "; got " + modality);
        }
        JsonNode cameo = node.get(EventAttribute.CAMEO.key());
        if (cameo != null && !cameo.isNull()
                && !(cameo.isString() && EventAttribute.CAMEO_CODE.matcher(cameo.stringValue()).matches())) {
            throw fail(where + ".attributes.cameo must be a CAMEO code of 2 to 4 digits, as a string (\"190\"); got "
                    + cameo);
        }
        node.properties().forEach(field -> attributes.put(field.getKey(), Json.MAPPER.writeValueAsString(field.getValue())));
        return attributes;
    }

    Instant instant(JsonNode node, String where) {
        String text = optionalString(node, "decided_at", where + ".");
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw fail(where + ".decided_at \"" + text + "\" is not an ISO-8601 instant such as 2026-01-31T12:00:00Z");
        }
    }

    void checkSpan(int start, int end, TextOffsets text, String where) {
        if (!text.isValidSpan(start, end)) {
            throw fail(where + ": span [" + start + ", " + end + ") is outside the text, which is "
                    + text.codePointLength() + " code points long (need 0 <= start < end <= length)");
        }
    }

    /** If the line states the covered text, it must match: this catches UTF-16 or byte offsets. */
    String checkCoveredText(JsonNode node, String field, int start, int end, TextOffsets text,
                                    String where) {
        String actual = text.slice(start, end);
        String stated = optionalString(node, field, where + ".");
        if (stated != null && !stated.equals(actual)) {
            throw fail(where + ": \"" + field + "\" is \"" + stated + "\" but [" + start + ", " + end
                    + ") covers \"" + actual + "\"; offsets must count Unicode code points");
        }
        return actual;
    }

    Iterable<JsonNode> arrayOrEmpty(JsonNode node, String where) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw fail("\"" + where + "\" must be an array");
        }
        return node;
    }

    JsonNode object(JsonNode node, String where) {
        if (node == null || !node.isObject()) {
            throw fail(where + (node == null ? " is missing" : " must be an object"));
        }
        return node;
    }

    String requiredString(JsonNode node, String field, String prefix) {
        String value = optionalString(node, field, prefix);
        if (value == null) {
            throw fail(prefix + field + " is required");
        }
        return value;
    }

    String optionalString(JsonNode node, String field, String prefix) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw fail(prefix + field + " must be a string");
        }
        return value.stringValue();
    }

    int requiredInt(JsonNode node, String field, String prefix) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw fail(prefix + field + " is required");
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw fail(prefix + field + " must be a whole number of code points; got " + value);
        }
        return value.intValue();
    }

    <E extends Enum<E>> E enumValue(Class<E> type, String text, String field, E fallback) {
        if (text == null) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> allowed = new ArrayList<>();
            for (E constant : type.getEnumConstants()) {
                allowed.add(constant.name());
            }
            throw fail(field + " \"" + text + "\" is not one of " + String.join(", ", allowed));
        }
    }

    GoldFormatException fail(String problem) {
        return new GoldFormatException(lineNumber, problem);
    }
}
