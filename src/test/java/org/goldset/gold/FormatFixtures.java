package org.goldset.gold;

import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Two annotated articles in native JSONL for the format tests: emoji ("🇺🇦", "👍🏽", "🇪🇺", "🔥"),
 * CRLF line ends (one entity across one), nested entities, every status, engine origins, and events with several arguments
 * (one role twice). Offsets are computed from the text, in code points; entities are in the order
 * an export writes them (by start).
 */
public final class FormatFixtures {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public static final String TEXT_1 = "Kyiv talks 🇺🇦\r\nOn Monday, Ukraine's president met Erdoğan in Istanbul 👍🏽 "
            + "while Russia-backed forces attacked Kharkiv.\r\n";
    public static final String TEXT_2 = "Sanctions 🇪🇺\r\nThe EU sanctioned Russia on Friday 🔥.\r\nEuropean\r\nCommission";

    private FormatFixtures() {
    }

    /** The corpus as JSONL lines, in full export form (so that importing and exporting gives them back). */
    public static List<String> lines() {
        return List.of(first(), second());
    }

    private static String first() {
        ObjectNode document = document("k1", "Kyiv talks 🇺🇦", TEXT_1, "DONE");
        ((ObjectNode) document.get("meta")).put("outlet", "Wire").put("date", "2026-03-02").put("section", "Europe");
        ArrayNode entities = document.putArray("entities");
        entity(entities, TEXT_1, "T1", "Kyiv", 0, "GPE", "ACCEPTED").set("origin", manual());
        ((ObjectNode) entities.get(0)).put("decided_by", "ana").put("decided_at", "2026-11-01T10:00:00Z");
        entity(entities, TEXT_1, "T10", "talks", 0, "NORP", "REJECTED").set("origin", engine("corenlp-ner", "4.5.10", 0.4));
        entity(entities, TEXT_1, "T2", "Monday", 0, "DATE", "ACCEPTED");
        entity(entities, TEXT_1, "T3", "Ukraine", 0, "GPE", "ACCEPTED");
        entity(entities, TEXT_1, "T4", "Ukraine's president", 0, "PERSON", "ACCEPTED")
                .put("canonical_name", "Volodymyr Zelenskyy").put("kb_id", "Q3881622");
        entity(entities, TEXT_1, "T5", "Erdoğan", 0, "PERSON", "ACCEPTED");
        entity(entities, TEXT_1, "T6", "Istanbul", 0, "GPE", "PENDING").set("origin", engine("gazetteer", "1", 0.8));
        entity(entities, TEXT_1, "T7", "Russia", 0, "GPE", "ACCEPTED");
        entity(entities, TEXT_1, "T8", "Russia-backed forces", 0, "ORGANIZATION", "ACCEPTED");
        entity(entities, TEXT_1, "T9", "Kharkiv", 0, "GPE", "ACCEPTED");
        ArrayNode events = document.putArray("events");
        ObjectNode meet = event(events, TEXT_1, "E1", "MEET", "met", "ACCEPTED");
        argument(meet, "Participant", "T4", "ACCEPTED");
        argument(meet, "Participant", "T5", "ACCEPTED");
        argument(meet, "Place", "T6", "PENDING");
        argument(meet, "Time", "T2", "ACCEPTED");
        meet.putObject("attributes").put("cameo", "043").put("modality", "asserted");
        ObjectNode attack = event(events, TEXT_1, "E2", "ATTACK", "attacked", "PENDING");
        attack.set("origin", engine("events", "1", 0.6));
        argument(attack, "Attacker", "T8", "PENDING");
        argument(attack, "Target", "T9", "PENDING");
        attack.putObject("attributes").put("modality", "asserted");
        return JSON.writeValueAsString(document);
    }

    private static String second() {
        ObjectNode document = document("k2", "Sanctions 🇪🇺", TEXT_2, "NEW");
        ArrayNode entities = document.putArray("entities");
        entity(entities, TEXT_2, "U1", "EU", 0, "ORGANIZATION", "ACCEPTED");
        entity(entities, TEXT_2, "U2", "Russia", 0, "GPE", "ACCEPTED");
        entity(entities, TEXT_2, "U3", "Friday", 0, "DATE", "ACCEPTED");
        entity(entities, TEXT_2, "U4", "European\r\nCommission", 0, "ORGANIZATION", "ACCEPTED");
        ArrayNode events = document.putArray("events");
        ObjectNode sanction = event(events, TEXT_2, "V1", "SANCTION", "sanctioned", "ACCEPTED");
        argument(sanction, "Imposer", "U1", "ACCEPTED");
        argument(sanction, "Target", "U2", "ACCEPTED");
        argument(sanction, "Time", "U3", "ACCEPTED");
        return JSON.writeValueAsString(document);
    }

    /** Code-point start of the n-th (0-based) occurrence of a phrase. */
    public static int start(String text, String phrase, int occurrence) {
        int index = -1;
        for (int i = 0; i <= occurrence; i++) {
            index = text.indexOf(phrase, index + 1);
        }
        if (index < 0) {
            throw new IllegalArgumentException(phrase + " is not in the text");
        }
        return text.codePointCount(0, index);
    }

    private static ObjectNode document(String id, String title, String text, String status) {
        ObjectNode document = JSON.createObjectNode();
        document.put("id", id).put("title", title).put("text", text);
        document.putObject("meta");
        document.put("status", status).put("offsets", "codepoints");
        return document;
    }

    private static ObjectNode entity(ArrayNode entities, String text, String id, String phrase, int occurrence,
                                     String label, String status) {
        int start = start(text, phrase, occurrence);
        ObjectNode entity = entities.addObject();
        entity.put("id", id).put("start", start).put("end", start + phrase.codePointCount(0, phrase.length()))
                .put("label", label).put("text", phrase).put("status", status);
        entity.set("origin", imported());
        return entity;
    }

    private static ObjectNode event(ArrayNode events, String text, String id, String type, String trigger, String status) {
        int start = start(text, trigger, 0);
        ObjectNode event = events.addObject();
        event.put("id", id).put("type", type);
        event.putObject("trigger").put("start", start).put("end", start + trigger.length()).put("text", trigger);
        event.putArray("arguments");
        event.put("status", status);
        event.set("origin", imported());
        return event;
    }

    private static void argument(ObjectNode event, String role, String entity, String status) {
        ObjectNode argument = event.withArray("arguments").addObject();
        argument.put("role", role).put("entity", entity).put("status", status);
        argument.set("origin", imported());
    }

    private static ObjectNode imported() {
        return JSON.createObjectNode().put("kind", "IMPORTED");
    }

    private static ObjectNode manual() {
        return JSON.createObjectNode().put("kind", "MANUAL");
    }

    private static ObjectNode engine(String engine, String version, double score) {
        return JSON.createObjectNode().put("kind", "ENGINE").put("engine", engine).put("version", version).put("score", score);
    }
}
