package org.goldset.curation;

import java.util.List;
import java.util.Set;
import org.goldset.annotation.AnnotationStatus;
import org.goldset.corpus.DocumentStatus;
import org.goldset.text.Span;

/**
 * What the curator sees of one document (decision 019): its analysts (numbered 1, 2, … in name
 * order, the keys that take their versions), its gold units, and the items to settle in text order:
 * entity clusters (overlapping spans), event clusters (overlapping triggers) and, after each event
 * cluster, its argument positions (an event and a role).
 */
public record CurationSheet(long documentId, String title, String text, DocumentStatus status, List<String> analysts,
                            List<Unit> units, List<Item> items, int differences, int open) {

    public CurationSheet {
        analysts = List.copyOf(analysts);
        units = List.copyOf(units);
        items = List.copyOf(items);
    }

    public enum UnitKind { ENTITY, EVENT, ARGUMENT }

    public enum ItemKind { ENTITIES, EVENT, POSITION }

    /** AGREED: every analyst gave the same, merged; OPEN / INCOMPLETE: undecided; DECIDED: settled. */
    public enum State { AGREED, OPEN, INCOMPLETE, DECIDED }

    /**
     * A unit of the gold: an entity (label), an event (type) or an argument (role, with its filler's
     * span and label), the analysts who gave it, its status in the gold and how that was reached.
     */
    public record Unit(long goldId, UnitKind kind, Span span, String label, String detail, Set<String> voters,
                       AnnotationStatus status, String provenance) {

        /** How the unit's place in the gold was reached, in words ("ana chose bo's version"). */
        public String howReached() {
            return Provenance.describe(provenance);
        }
    }

    /**
     * Something to settle: {@code rows} compare the analysts' versions (one cell per analyst, in
     * {@link #analysts} order, then the gold's cell), {@code units} are the gold units it decides.
     * A position's {@code eventId} and {@code role} name it; {@code parentKey} is its event cluster's key.
     */
    public record Item(String key, ItemKind kind, Span span, State state, List<Row> rows, List<Unit> units,
                       Long eventId, String role, String parentKey) {

        public Item {
            rows = List.copyOf(rows);
            units = List.copyOf(units);
        }

        public boolean isOpen() {
            return state == State.OPEN || state == State.INCOMPLETE;
        }
    }

    /** One line of comparison: what each analyst has, what the gold has, and whether they differ. */
    public record Row(String heading, List<String> cells, String gold, boolean differs) {

        public Row {
            cells = List.copyOf(cells);
        }
    }

    /** The text a span covers (code points), as the screen and the undo messages quote it. */
    public String covered(Span span) {
        return text.substring(text.offsetByCodePoints(0, span.start()), text.offsetByCodePoints(0, span.end()));
    }

    /** The item with this key, if any. */
    public java.util.Optional<Item> item(String key) {
        return items.stream().filter(item -> item.key().equals(key)).findFirst();
    }
}
