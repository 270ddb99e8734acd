package org.goldset.suggestion.engine.http;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * What a Label Studio ML backend answered for one task: its labelled spans, as the backend counted
 * them, and the model version it reported. Reads both answer shapes in use ({@code {"results":[…]}}
 * and, from older backends, a bare list).
 */
record LabelStudioAnswer(List<Span> spans, String modelVersion) {

    /** One {@code "type": "labels"} result: offsets as sent, the text they should cover if given. */
    record Span(int start, int end, String text, String label, Double score) {
    }

    /** The first task's answer; a malformed answer is an {@link IllegalArgumentException} saying what is wrong. */
    static LabelStudioAnswer read(JsonNode root) {
        JsonNode results = root.isArray() ? root : root.get("results");
        if (results == null || !results.isArray()) {
            throw new IllegalArgumentException("the answer has no \"results\" list");
        }
        if (results.isEmpty()) {
            return new LabelStudioAnswer(List.of(), null);
        }
        JsonNode task = results.get(0);
        JsonNode items = task.get("result");
        if (items == null || !items.isArray()) {
            throw new IllegalArgumentException("the task's answer has no \"result\" list");
        }
        Double taskScore = task.hasNonNull("score") ? task.get("score").asDouble() : null;
        List<Span> spans = new ArrayList<>();
        for (JsonNode item : items) {
            if (!"labels".equals(text(item, "type"))) {
                continue; // relations, choices and other result types carry no entity span
            }
            JsonNode value = item.get("value");
            if (value == null || !value.hasNonNull("start") || !value.hasNonNull("end") || !value.hasNonNull("labels")
                    || !value.get("labels").isArray() || value.get("labels").isEmpty()) {
                throw new IllegalArgumentException("a \"labels\" result lacks value.start, value.end or value.labels");
            }
            if (!value.get("start").canConvertToInt() || !value.get("end").canConvertToInt()) {
                throw new IllegalArgumentException("value.start and value.end must be whole numbers");
            }
            Double score = item.hasNonNull("score") ? Double.valueOf(item.get("score").asDouble()) : taskScore;
            spans.add(new Span(value.get("start").asInt(), value.get("end").asInt(), text(value, "text"),
                    value.get("labels").get(0).asString(), score));
        }
        return new LabelStudioAnswer(spans, text(task, "model_version"));
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asString() : null;
    }
}
