package org.goldset.agreement;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.goldset.base.Json;
import org.goldset.importing.CorpusImporter;
import org.goldset.importing.ImportReport;
import org.goldset.text.TextOffsets;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Two articles annotated by "ana", and by "bo" as a perturbed copy of ana's (a label changed, spans
 * shifted, a mention left out, attacker and target swapped, a role left empty), as Goldset JSONL.
 */
public final class AgreementFixtures {

    public static final String STRIKE = "🇮🇷 Hezbollah fired rockets at Israel from Lebanon on Monday, the IRGC said.";
    public static final String TALKS = "Delegates from Iran met Saudi officials in Baghdad on 9 April 2021.";

    private AgreementFixtures() {
    }

    /** Writes the lines to a file and imports it as the analyst's finished layer ({@code import --as}). */
    public static ImportReport importAs(CorpusImporter importer, Path folder, String analyst, ObjectNode... lines)
            throws java.io.IOException {
        Path file = folder.resolve(analyst + ".jsonl");
        List<String> text = new ArrayList<>();
        for (ObjectNode line : lines) {
            text.add(Json.MAPPER.writeValueAsString(line));
        }
        Files.write(file, text);
        return importer.importPaths(List.of(file), null, analyst, CorpusImporter.ImportProgress.NONE);
    }

    public static ObjectNode strikeOfAna() {
        Line line = new Line("strike", STRIKE);
        line.entity("T1", "Hezbollah", "ORGANIZATION").entity("T2", "rockets", "WEAPON").entity("T3", "Israel", "GPE")
                .entity("T4", "Lebanon", "GPE").entity("T5", "Monday", "DATE").entity("T6", "IRGC", "ORGANIZATION");
        line.event("E1", "ATTACK", "fired", Map.of("Attacker", "T1", "Target", "T3", "Instrument", "T2", "Time", "T5"));
        return line.json;
    }

    /** Ana's, perturbed: a shorter weapon span, Lebanon relabelled, IRGC left out, attacker and target swapped, no time. */
    public static ObjectNode strikeOfBo() {
        Line line = new Line("strike", STRIKE);
        line.entity("T1", "Hezbollah", "ORGANIZATION").entity("T2", "rocket", "WEAPON").entity("T3", "Israel", "GPE")
                .entity("T4", "Lebanon", "LOCATION").entity("T5", "Monday", "DATE");
        line.event("E1", "ATTACK", "fired", Map.of("Attacker", "T3", "Target", "T1", "Instrument", "T2"));
        return line.json;
    }

    public static ObjectNode talksOfAna() {
        Line line = new Line("talks", TALKS);
        line.entity("T1", "Iran", "GPE").entity("T2", "Saudi", "NORP").entity("T3", "Baghdad", "GPE")
                .entity("T4", "9 April 2021", "DATE");
        line.event("E1", "MEET", "met", Map.of("Participant", "T1", "Place", "T3", "Time", "T4"));
        return line.json;
    }

    /** Ana's, perturbed: Saudi relabelled, the date shifted, a second participant, no time. */
    public static ObjectNode talksOfBo() {
        Line line = new Line("talks", TALKS);
        line.entity("T1", "Iran", "GPE").entity("T2", "Saudi", "GPE").entity("T3", "Baghdad", "GPE")
                .entity("T4", "April 2021", "DATE");
        line.event("E1", "MEET", "met", Map.of("Participant", "T1", "Place", "T3"));
        line.argument(0, "Participant", "T2");
        return line.json;
    }

    /** A Goldset JSONL line under construction; spans found by their text, in code points. */
    private static final class Line {

        final ObjectNode json = Json.MAPPER.createObjectNode();
        final TextOffsets offsets;
        final String text;

        Line(String id, String text) {
            this.text = text;
            this.offsets = new TextOffsets(text);
            json.put("id", id).put("text", text).put("status", "DONE");
            json.putArray("entities");
            json.putArray("events");
        }

        Line entity(String id, String covered, String label) {
            int start = offsets.toCodePoints(text.indexOf(covered));
            ((ArrayNode) json.get("entities")).addObject().put("id", id).put("start", start)
                    .put("end", start + covered.codePointCount(0, covered.length())).put("label", label);
            return this;
        }

        void event(String id, String type, String trigger, Map<String, String> roles) {
            int start = offsets.toCodePoints(text.indexOf(trigger));
            ObjectNode event = ((ArrayNode) json.get("events")).addObject().put("id", id).put("type", type);
            event.putObject("trigger").put("start", start).put("end", start + trigger.length());
            ArrayNode arguments = event.putArray("arguments");
            roles.forEach((role, entity) -> arguments.addObject().put("role", role).put("entity", entity));
        }

        void argument(int event, String role, String entity) {
            ((ArrayNode) json.get("events").get(event).get("arguments")).addObject().put("role", role).put("entity", entity);
        }
    }
}
