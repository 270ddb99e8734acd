package org.goldset.curation;

/**
 * What makes two annotations of different layers the same unit, as agreement counts them (decision
 * 018): an entity by exact span and label, an event by trigger span and type, an argument by its
 * event, role and the filler's exact span (not its label). Offsets in code points.
 */
final class UnitKeys {

    private UnitKeys() {
    }

    record EntityKey(int start, int end, String label) {

        boolean overlaps(int otherStart, int otherEnd) {
            return start < otherEnd && otherStart < end;
        }
    }

    record TriggerKey(int start, int end, String type) {

        static TriggerKey of(LayerRows.EventRow event) {
            return new TriggerKey(event.start(), event.end(), event.type());
        }
    }

    record ArgumentKey(TriggerKey event, String role, int fillerStart, int fillerEnd) {

        /** The unit of an argument row, given its event's row and its filler's. */
        static ArgumentKey of(LayerRows.EventRow event, String role, LayerRows.EntityRow filler) {
            return new ArgumentKey(TriggerKey.of(event), role, filler.start(), filler.end());
        }
    }
}
