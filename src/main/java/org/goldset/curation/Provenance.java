package org.goldset.curation;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.goldset.base.Json;

/**
 * How a gold annotation was reached (decision 019), stored as JSON beside it and exported in JSONL
 * as {@code "provenance"}: {@code how} is one of
 * <ul>
 * <li>{@code single}: the one analyst's finished layer became the gold;</li>
 * <li>{@code unanimous} / {@code majority}: merged without a curator, {@code analysts} gave it;</li>
 * <li>{@code chosen}: {@code curator} took {@code version_of}'s version, which {@code analysts} gave;</li>
 * <li>{@code edited}: {@code curator} changed the label of a version ({@code from} holds the old one);</li>
 * <li>{@code rejected}: {@code curator} left it out of the gold ({@code analysts} had given it);</li>
 * <li>{@code outvoted}: a MAJORITY merge left it out, a majority having given a competing version.</li>
 * </ul>
 */
final class Provenance {

    private Provenance() {
    }

    static String merged(boolean unanimous, Collection<String> analysts) {
        return json(Map.of("how", unanimous ? "unanimous" : "majority", "analysts", List.copyOf(analysts)));
    }

    /** Left out of the gold by a MAJORITY merge: a majority gave a competing version. */
    static String outvoted(Collection<String> analysts) {
        return json(Map.of("how", "outvoted", "analysts", List.copyOf(analysts)));
    }

    static String chosen(String curator, String versionOf, Collection<String> analysts) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("how", "chosen");
        fields.put("curator", curator);
        fields.put("version_of", versionOf);
        fields.put("analysts", List.copyOf(analysts));
        return json(fields);
    }

    static String edited(String curator, String fromLabel, Collection<String> analysts) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("how", "edited");
        fields.put("curator", curator);
        fields.put("from", fromLabel);
        fields.put("analysts", List.copyOf(analysts));
        return json(fields);
    }

    static String rejected(String curator, Collection<String> analysts) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("how", "rejected");
        fields.put("curator", curator);
        fields.put("analysts", List.copyOf(analysts));
        return json(fields);
    }

    /** A short human reading of a stored provenance, for the curation screen. */
    static String describe(String provenance) {
        if (provenance == null) {
            return "";
        }
        Map<?, ?> fields = Json.MAPPER.readValue(provenance, Map.class);
        Object analysts = fields.get("analysts") instanceof List<?> list ? String.join(", ", list.stream().map(String::valueOf).toList()) : "";
        return switch (String.valueOf(fields.get("how"))) {
            case "single" -> "from " + analysts;
            case "unanimous" -> "unanimous: " + analysts;
            case "majority" -> "majority: " + analysts;
            case "chosen" -> fields.get("curator") + " chose " + fields.get("version_of") + "'s version";
            case "edited" -> fields.get("curator") + " edited (was " + fields.get("from") + ")";
            case "rejected" -> "rejected by " + fields.get("curator");
            case "outvoted" -> "outvoted";
            default -> provenance;
        };
    }

    private static String json(Map<String, Object> fields) {
        Map<String, Object> ordered = new LinkedHashMap<>();
        ordered.put("how", fields.get("how"));
        fields.forEach(ordered::putIfAbsent);
        return Json.MAPPER.writeValueAsString(ordered);
    }
}
