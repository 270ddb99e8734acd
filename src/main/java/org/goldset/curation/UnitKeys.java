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
    }

    record ArgumentKey(TriggerKey event, String role, int fillerStart, int fillerEnd) {
    }
}
