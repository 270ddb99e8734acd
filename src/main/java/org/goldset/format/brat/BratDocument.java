package org.goldset.format.brat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.goldset.format.GoldFormatReader;
import org.goldset.format.ImportProblem;
import org.goldset.format.NativeDocumentBuilder;
import org.goldset.gold.GoldDocument;
import org.goldset.gold.GoldJsonlParser;
import org.goldset.schema.AnnotationSchema;
import org.goldset.schema.EventAttribute;
import org.goldset.schema.EventType;
import org.goldset.text.TextOffsets;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One brat document: parses its .ann strictly, line by line, then hands it to the native checks.
 * Text-bound (T), event (E), attribute (A, M), note (#) and normalization (N) lines are understood;
 * relations and equivalences have no place in Goldset and are refused, as are discontinuous spans.
 */
final class BratDocument {

    private static final Pattern TEXT_BOUND = Pattern.compile("(T\\d+)\\t(\\S+) (\\d+ \\d+(?:;\\d+ \\d+)*)\\t(.*)");
    private static final Pattern EVENT = Pattern.compile("(E\\d+)\\t(\\S+):(T\\d+)((?: \\S+:[TE]\\d+)*) ?");
    private static final Pattern ATTRIBUTE = Pattern.compile("([AM]\\d+)\\t(\\S+) ([TE]\\d+)(?: (\\S+))?");
    private static final Pattern NOTE = Pattern.compile("(#\\d+)\\t(\\S+) ([TE]\\d+)\\t(.*)");
    private static final Pattern NORMALIZATION = Pattern.compile("(N\\d+)\\t(\\S+) ([TE]\\d+) (\\S+?):(\\S+)\\t(.*)");
    private static final Pattern ROLE_NUMBER = Pattern.compile("(.*?)(\\d+)");

    private final AnnotationSchema schema;
    private final Path file;
    private final String id;
    private final TextOffsets text;
    private final BratText bratText;
    private final Map<String, TextBound> textBounds = new LinkedHashMap<>();
    private final Map<String, EventLine> events = new LinkedHashMap<>();
    private final List<ImportProblem> problems = new ArrayList<>();

    private record TextBound(int line, String label, int start, int end, String text, ObjectNode details) {
    }

    private record EventLine(int line, String type, String trigger, List<String[]> arguments, ObjectNode details) {
    }

    BratDocument(AnnotationSchema schema, Path file, String id, String text) {
        this.schema = schema;
        this.file = file;
        this.id = id;
        this.text = new TextOffsets(text);
        this.bratText = new BratText(text);
    }

    /** The validated document, or null after adding its problems. */
    GoldDocument read(String ann, List<ImportProblem> allProblems, GoldJsonlParser parser) {
        String[] lines = ann.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            if (!line.isBlank()) {
                parseLine(line, i + 1);
            }
        }
        if (problems.isEmpty()) {
            GoldDocument document = build(parser);
            if (document != null) {
                return document;
            }
        }
        allProblems.addAll(problems.subList(0, Math.min(problems.size(),
                Math.max(0, GoldFormatReader.MAX_PROBLEMS_REPORTED - allProblems.size()))));
        return null;
    }

    private void parseLine(String line, int number) {
        Matcher m;
        if ((m = TEXT_BOUND.matcher(line)).matches()) {
            textBound(m.group(1), m.group(2), m.group(3), m.group(4), number);
        } else if ((m = EVENT.matcher(line)).matches()) {
            List<String[]> arguments = new ArrayList<>();
            for (String argument : m.group(4).strip().split(" ")) {
                if (!argument.isEmpty()) {
                    arguments.add(argument.split(":", 2));
                }
            }
            events.put(m.group(1), new EventLine(number, m.group(2), m.group(3), arguments, json()));
        } else if ((m = ATTRIBUTE.matcher(line)).matches()) {
            attribute(m.group(1), m.group(2), m.group(3), m.group(4), number);
        } else if ((m = NOTE.matcher(line)).matches()) {
            note(m.group(2), m.group(3), m.group(4), number);
        } else if ((m = NORMALIZATION.matcher(line)).matches()) {
            ObjectNode details = detailsOf(m.group(3), number);
            if (details != null && !details.has("kb_id")) {
                details.put("kb_id", m.group(4).equals("Wikidata") || m.group(4).equals("KB") ? m.group(5)
                        : m.group(4) + ":" + m.group(5));
                details.put("canonical_name", m.group(6));
            }
        } else if (line.startsWith("R") || line.startsWith("*")) {
            problem(number, line.split("\t", 2)[0] + ": relations and equivalences have no place in Goldset "
                    + "(it keeps event arguments); remove them or make them events");
        } else {
            problem(number, "not a brat standoff line (expected T, E, A, M, N or # followed by a tab): \""
                    + (line.length() > 60 ? line.substring(0, 60) + "…" : line) + "\"");
        }
    }

    /**
     * Offsets are brat's (a CRLF counts once, see BratText). Fragments are accepted only where brat
     * splits a span at line breaks: Goldset spans are continuous.
     */
    private void textBound(String id, String label, String offsets, String statedText, int number) {
        List<int[]> fragments = new ArrayList<>();
        for (String fragment : offsets.split(";")) {
            String[] bounds = fragment.split(" ");
            fragments.add(new int[] {Integer.parseInt(bounds[0]), Integer.parseInt(bounds[1])});
        }
        int bratStart = fragments.getFirst()[0];
        int bratEnd = fragments.getLast()[1];
        for (int[] fragment : fragments) {
            if (fragment[0] >= fragment[1] || fragment[1] > bratText.bratLength()) {
                problem(number, id + ": span [" + fragment[0] + ", " + fragment[1] + ") is outside the text, which is "
                        + bratText.bratLength() + " characters long as brat counts them (a line break is one)");
                return;
            }
        }
        for (int i = 1; i < fragments.size(); i++) {
            String gap = bratText.bratView().substring(
                    bratText.bratView().offsetByCodePoints(0, Math.min(fragments.get(i - 1)[1], fragments.get(i)[0])),
                    bratText.bratView().offsetByCodePoints(0, Math.max(fragments.get(i - 1)[1], fragments.get(i)[0])));
            if (fragments.get(i)[0] <= fragments.get(i - 1)[1] || !gap.isBlank()) {
                problem(number, id + ": discontinuous spans are not supported (only fragments split at line breaks)");
                return;
            }
        }
        int start = bratText.toExact(bratStart);
        int end = bratText.toExact(bratEnd);
        String covered = bratText.textOf(fragments).equals(statedText) ? text.slice(start, end) : statedText;
        textBounds.put(id, new TextBound(number, label, start, end, covered, json()));
    }

    private void attribute(String attributeId, String name, String target, String value, int number) {
        ObjectNode details = detailsOf(target, number);
        if (details == null) {
            return;
        }
        if (name.equals(BratConventions.STATUS_ATTRIBUTE)) {
            details.put("status", value == null ? "" : value);
        } else if (target.startsWith("E")) {
            ObjectNode attributes = details.has("attributes") ? (ObjectNode) details.get("attributes") : details.putObject("attributes");
            if (value == null) {
                attributes.put(name.equals(BratConventions.MODALITY_ATTRIBUTE) ? EventAttribute.MODALITY.key() : name, true);
            } else {
                attributes.put(name.equals(BratConventions.MODALITY_ATTRIBUTE) ? EventAttribute.MODALITY.key() : name, value);
            }
        } else {
            problem(number, attributeId + ": attribute " + name + " on an entity has no place in Goldset "
                    + "(entities keep only " + BratConventions.STATUS_ATTRIBUTE + ")");
        }
    }

    /** Goldset's own notes carry the details brat has no field for; other notes are comments and are left out. */
    private void note(String type, String target, String note, int number) {
        ObjectNode details = detailsOf(target, number);
        if (details == null || !type.equals(BratConventions.NOTE_TYPE) || !note.startsWith(BratConventions.NOTE_PREFIX)) {
            return;
        }
        try {
            JsonNode json = NativeDocumentBuilder.JSON.readTree(note.substring(BratConventions.NOTE_PREFIX.length()));
            if (!json.isObject()) {
                throw new IllegalArgumentException();
            }
            ObjectNode merged = ((ObjectNode) json).deepCopy();
            JsonNode noteAttributes = merged.get("attributes");
            merged.setAll(details); // attributes and normalizations read so far win over the note
            if (noteAttributes != null && noteAttributes.isObject() && details.get("attributes") instanceof ObjectNode read) {
                merged.set("attributes", ((ObjectNode) noteAttributes.deepCopy()).setAll(read));
            }
            details.removeAll();
            details.setAll(merged);
        } catch (JacksonException | IllegalArgumentException e) {
            problem(number, "the Goldset note on " + target + " is not a JSON object");
        }
    }

    /** The details object of a T or E line read earlier (brat writes annotations before their attributes). */
    private ObjectNode detailsOf(String target, int number) {
        if (textBounds.containsKey(target)) {
            return textBounds.get(target).details();
        }
        if (events.containsKey(target)) {
            return events.get(target).details();
        }
        problem(number, target + " is not defined above this line");
        return null;
    }

    private GoldDocument build(GoldJsonlParser parser) {
        NativeDocumentBuilder builder = new NativeDocumentBuilder(file, 0, id, text.text());
        Map<String, String> triggerOf = new LinkedHashMap<>();
        events.forEach((eventId, event) -> triggerOf.put(event.trigger(), eventId));
        Map<String, String> nativeIds = new LinkedHashMap<>();
        textBounds.forEach((tId, bound) -> {
            if (triggerOf.containsKey(tId)) {
                return;
            }
            if (NativeDocumentBuilder.isTriggerLabel(schema, bound.label())) {
                problem(bound.line(), tId + " is labelled with the event type " + bound.label()
                        + " but no E line uses it as a trigger");
                return;
            }
            String nativeId = bound.details().has("id") ? bound.details().get("id").asString() : tId;
            nativeIds.put(tId, nativeId);
            builder.addEntity(new NativeDocumentBuilder.Where(bound.line(), tId), nativeId, bound.start(), bound.end(),
                    bound.label(), bound.text(), withoutArguments(bound.details()));
        });
        events.forEach((eventId, event) -> {
            TextBound trigger = textBounds.get(event.trigger());
            if (trigger == null) {
                problem(event.line(), eventId + ": trigger " + event.trigger() + " is not a T line of this file");
                return;
            }
            if (!trigger.label().equals(event.type())) {
                problem(event.line(), eventId + ": type " + event.type() + " differs from its trigger's label " + trigger.label());
                return;
            }
            ObjectNode details = event.details();
            String nativeId = details.has("id") ? details.get("id").asString() : eventId;
            JsonNode argumentDetails = details.get("arguments");
            ObjectNode nativeEvent = builder.addEvent(new NativeDocumentBuilder.Where(event.line(), eventId), nativeId,
                    event.type(), trigger.start(), trigger.end(), trigger.text(), withoutArguments(details));
            for (int i = 0; i < event.arguments().size(); i++) {
                String[] argument = event.arguments().get(i);
                String role = role(event.type(), argument[0]);
                String entity = nativeIds.get(argument[1]);
                if (entity == null) {
                    problem(event.line(), eventId + ": argument " + argument[0] + ":" + argument[1]
                            + " is not an entity of this file (Goldset's arguments are entities)");
                    continue;
                }
                JsonNode extra = argumentDetails != null && argumentDetails.isArray() && argumentDetails.size()
                        == event.arguments().size() ? argumentDetails.get(i) : null;
                builder.addArgument(nativeEvent, new NativeDocumentBuilder.Where(event.line(), eventId + " " + argument[0]),
                        role, entity, extra != null && extra.isObject() ? (ObjectNode) extra : null);
            }
        });
        return problems.isEmpty() ? builder.build(parser, problems) : null;
    }

    /** brat numbers a repeated role (Participant2); Goldset's role is the name without the number. */
    private String role(String type, String bratRole) {
        EventType eventType = schema.eventType(type).orElse(null);
        Matcher numbered = ROLE_NUMBER.matcher(bratRole);
        if (eventType != null && eventType.role(bratRole).isEmpty() && numbered.matches()
                && eventType.role(numbered.group(1)).isPresent()) {
            return numbered.group(1);
        }
        return bratRole;
    }

    private static ObjectNode withoutArguments(ObjectNode details) {
        ObjectNode copy = details.deepCopy();
        copy.remove("arguments");
        copy.remove("id");
        return copy;
    }

    private void problem(int line, String message) {
        problems.add(new ImportProblem(file, line, message));
    }

    private static ObjectNode json() {
        return NativeDocumentBuilder.JSON.createObjectNode();
    }
}
