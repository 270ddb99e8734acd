package org.goldset.format.brat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.goldset.format.ExportWarnings;
import org.goldset.format.JsonSupport;
import org.goldset.gold.GoldDocument;
import tools.jackson.databind.node.ObjectNode;

/**
 * The .ann lines of one document. An annotation keeps its Goldset id when that is already a brat
 * id (T7, E2), so both tools show the same names; the others get the next free number.
 */
final class BratAnnLines {
    private final StringBuilder text = new StringBuilder();
    private final Set<String> taken = new HashSet<>();
    private final BratText bratText;
    private final ExportWarnings warnings;
    private int attributes;
    private int notes;
    private int normalizations;

    BratAnnLines(GoldDocument document, BratText bratText, ExportWarnings warnings) {
        this.bratText = bratText;
        this.warnings = warnings;
        document.entities().forEach(entity -> reserve(entity.id(), "T"));
        document.events().forEach(event -> reserve(event.id(), "E"));
    }

    private void reserve(String id, String prefix) {
        if (id.matches(prefix + "[1-9]\\d{0,8}")) {
            taken.add(id);
        }
    }

    private String id(String preferred, String prefix) {
        if (preferred != null && preferred.matches(prefix + "[1-9]\\d{0,8}")) {
            return preferred;
        }
        int n = 1;
        while (!taken.add(prefix + n)) {
            n++;
        }
        return prefix + n;
    }

    /** A T line in brat's view of the text: CRLF counted once, a span across a line break in fragments. */
    String textBound(String preferred, String label, int start, int end) {
        String id = id(preferred, "T");
        List<int[]> fragments = bratText.fragments(start, end);
        if (fragments.isEmpty()) {
            warnings.add(BratWriter.LINE_BREAKS_ONLY);
            fragments = List.of(new int[] {bratText.toBrat(start), bratText.toBrat(end)});
        }
        text.append(id).append('\t').append(label).append(' ')
                .append(fragments.stream().map(f -> f[0] + " " + f[1]).collect(Collectors.joining(";")))
                .append('\t').append(bratText.textOf(fragments)).append('\n');
        return id;
    }

    String event(String preferred, String typeAndArguments) {
        String id = id(preferred, "E");
        text.append(id).append('\t').append(typeAndArguments).append('\n');
        return id;
    }

    void attribute(String name, String target, String value) {
        text.append('A').append(++attributes).append('\t').append(name).append(' ').append(target).append(' ')
                .append(value).append('\n');
    }

    void normalization(String target, String kbId, String name) {
        String reference = kbId.contains(":") ? kbId : (kbId.matches("Q\\d+") ? "Wikidata:" : "KB:") + kbId;
        text.append('N').append(++normalizations).append("\tReference ").append(target).append(' ')
                .append(reference).append('\t').append(BratConventions.oneLine(name)).append('\n');
    }

    void note(String target, ObjectNode details) {
        text.append('#').append(++notes).append('\t').append(BratConventions.NOTE_TYPE).append(' ').append(target)
                .append('\t').append(BratConventions.NOTE_PREFIX).append(JsonSupport.JSON.writeValueAsString(details))
                .append('\n');
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
