package org.goldset.format.brat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.goldset.format.ExportWarnings;
import org.goldset.format.GoldFormatWriter;
import org.goldset.gold.GoldDocument;
import org.goldset.gold.GoldEntity;
import org.goldset.gold.GoldEvent;
import org.goldset.gold.GoldJsonlWriter;
import org.goldset.schema.AnnotationSchema;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * brat standoff, zipped: per document {@code <id>.txt} (the text's exact UTF-8 bytes, CRLF kept)
 * and {@code <id>.ann}, plus an {@code annotation.conf} made from the schema. Offsets count code
 * points as brat reads the file, with universal newlines (a CRLF is one character; see
 * {@link BratText}).
 * Entities are T lines; an event is a T line for its trigger and an E line with its role arguments
 * (a repeated role gets brat's number suffix: Participant, Participant2). Statuses and modality
 * are brat attributes, knowledge-base ids normalizations, and everything else (origin, decisions,
 * other event attributes, argument statuses, ids) a Goldset note in JSON, so the import gets it back.
 */
public final class BratWriter implements GoldFormatWriter {

    public static final String LINE_BREAKS_ONLY = "span covering only line breaks (brat cannot show it; written as is)";

    private final AnnotationSchema schema;
    private final ExportWarnings warnings;
    private final Set<String> fileNames = new HashSet<>();
    private ZipOutputStream zip;

    BratWriter(AnnotationSchema schema, ExportWarnings warnings) {
        this.schema = schema;
        this.warnings = warnings;
    }

    @Override
    public void begin(OutputStream out) throws IOException {
        zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        entry(BratConventions.CONFIGURATION_FILE, BratConfiguration.of(schema));
    }

    @Override
    public void writeDocument(GoldDocument document) throws IOException {
        String name = fileName(document.id());
        entry(name + ".txt", document.text());
        entry(name + ".ann", annotations(document));
    }

    private String annotations(GoldDocument document) {
        ObjectNode nativeDocument = GoldJsonlWriter.toTree(document);
        BratAnnLines lines = new BratAnnLines(document, new BratText(document.text()), warnings);
        Map<String, String> bratIdOf = new HashMap<>();
        List<GoldEntity> entities = document.entities();
        for (int i = 0; i < entities.size(); i++) {
            GoldEntity entity = entities.get(i);
            String id = lines.textBound(entity.id(), entity.label(), entity.start(), entity.end());
            bratIdOf.put(entity.id(), id);
            lines.attribute(BratConventions.STATUS_ATTRIBUTE, id, entity.status().name());
            if (entity.kbId() != null) {
                lines.normalization(id, entity.kbId(), entity.canonicalName() == null ? entity.text() : entity.canonicalName());
            }
            lines.note(id, details(nativeDocument.get("entities").get(i), "start", "end", "label", "text"));
        }
        List<GoldEvent> events = document.events();
        for (int i = 0; i < events.size(); i++) {
            GoldEvent event = events.get(i);
            String trigger = lines.textBound(null, event.type(), event.triggerStart(), event.triggerEnd());
            StringBuilder line = new StringBuilder(event.type()).append(':').append(trigger);
            Map<String, Integer> roleUses = new HashMap<>();
            for (GoldEvent.GoldArgument argument : event.arguments()) {
                int use = roleUses.merge(argument.role(), 1, Integer::sum);
                line.append(' ').append(argument.role()).append(use == 1 ? "" : String.valueOf(use))
                        .append(':').append(bratIdOf.get(argument.entity()));
            }
            String id = lines.event(event.id(), line.toString());
            lines.attribute(BratConventions.STATUS_ATTRIBUTE, id, event.status().name());
            String modality = event.attributesJson().get(org.goldset.schema.EventAttribute.MODALITY.key());
            if (modality != null && BratConventions.MODALITIES.stream().anyMatch(m -> modality.equals("\"" + m + "\""))) {
                lines.attribute(BratConventions.MODALITY_ATTRIBUTE, id, modality.substring(1, modality.length() - 1));
            }
            ObjectNode details = details(nativeDocument.get("events").get(i), "type", "trigger");
            details.withArray("arguments").forEach(argument -> ((ObjectNode) argument).remove("entity"));
            lines.note(id, details);
        }
        return lines.toString();
    }

    /** The native JSON of an annotation without what the brat lines already say. */
    private static ObjectNode details(JsonNode nativeAnnotation, String... shownInBrat) {
        ObjectNode details = ((ObjectNode) nativeAnnotation).deepCopy();
        for (String field : shownInBrat) {
            details.remove(field);
        }
        return details;
    }

    /** Document ids become file names: characters unsafe in a file name become '_', clashes get a suffix. */
    private String fileName(String id) {
        String base = id.replaceAll("[^\\p{L}\\p{N}._-]", "_");
        if (base.startsWith(".")) {
            base = "_" + base;
        }
        String name = base;
        for (int n = 2; !fileNames.add(name); n++) {
            name = base + "-" + n;
        }
        if (!name.equals(id)) {
            warnings.add("document id changed to make a file name (the original id is in the .ann notes)");
        }
        return name;
    }

    private void entry(String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    @Override
    public void end() throws IOException {
        zip.finish();
        zip.flush();
    }
}
