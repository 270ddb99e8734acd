package org.goldset.suggestion.engine.http;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * What a Label Studio ML backend answered for one task: its labelled spans, as the backend counted
 * them, and the model version it reported. Reads both answer shapes in use ({@code {"results":[…]}}
 * and, from older backends, a bare list).
 */
record LabelStudioAnswer(List<Span> spans, List<Relation> relations, String modelVersion) {

    /** One {@code "type": "labels"} result: its id (for relations), offsets as sent, the text they should cover if given. */
    record Span(String id, int start, int end, String text, String label, Double score) {
    }

    /** One {@code "type": "relation"} result: from one span to another, with its label (a role). */
    record Relation(String fromId, String toId, String label) {
    }

    static LabelStudioAnswer empty() {
        return new LabelStudioAnswer(List.of(), List.of(), null);
    }

    /** The first task's answer; a malformed answer is an {@link IllegalArgumentException} saying what is wrong. */
    static LabelStudioAnswer read(JsonNode root) {
        List<LabelStudioAnswer> all = readAll(root, 1);
        return all.isEmpty() ? empty() : all.getFirst();
    }

    /** The answers to {@code tasks} tasks, in the order they were sent; fewer or more is malformed. */
    static List<LabelStudioAnswer> readAll(JsonNode root, int tasks) {
        JsonNode results = root.isArray() ? root : root.get("results");
        if (results == null || !results.isArray()) {
            throw new IllegalArgumentException("the answer has no \"results\" list");
        }
        if (results.isEmpty() && tasks == 1) {
            return List.of();
        }
        if (results.size() != tasks) {
            throw new IllegalArgumentException(results.size() + " results for " + tasks + " tasks");
        }
        List<LabelStudioAnswer> answers = new ArrayList<>();
        for (JsonNode task : results) {
            answers.add(one(task));
        }
        return answers;
    }

    private static LabelStudioAnswer one(JsonNode task) {
        JsonNode items = task.get("result");
        if (items == null || !items.isArray()) {
            throw new IllegalArgumentException("the task's answer has no \"result\" list");
        }
        Double taskScore = task.hasNonNull("score") ? task.get("score").asDouble() : null;
        List<Span> spans = new ArrayList<>();
        List<Relation> relations = new ArrayList<>();
        for (JsonNode item : items) {
            if ("relation".equals(text(item, "type"))) {
                JsonNode labels = item.get("labels");
                if (item.hasNonNull("from_id") && item.hasNonNull("to_id") && labels != null && labels.isArray()
                        && !labels.isEmpty()) {
                    relations.add(new Relation(text(item, "from_id"), text(item, "to_id"), labels.get(0).asString()));
                }
                continue;
            }
            if (!"labels".equals(text(item, "type"))) {
                continue; // choices and other result types carry no span
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
            spans.add(new Span(text(item, "id"), value.get("start").asInt(), value.get("end").asInt(), text(value, "text"),
                    value.get("labels").get(0).asString(), score));
        }
        return new LabelStudioAnswer(spans, relations, text(task, "model_version"));
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asString() : null;
    }
}
