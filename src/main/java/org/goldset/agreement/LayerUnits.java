package org.goldset.agreement;

import java.util.List;
import java.util.Set;

/**
 * What one analyst's layer of a document says, as agreement compares it: the accepted entities,
 * the accepted events' triggers, and the accepted arguments of accepted events whose filler entity is
 * accepted (what the gold export would write). Offsets in code points.
 */
record LayerUnits(List<Entity> entities, Set<Trigger> triggers, Set<Argument> arguments) {

    record Entity(int start, int end, String label) {

        boolean overlaps(Entity other) {
            return start < other.end && other.start < end;
        }
    }

    record Trigger(int start, int end, String type) {
    }

    /** A filled argument: its position (the event's trigger and type, and the role) and the filler's span. */
    record Argument(Trigger event, String role, int fillerStart, int fillerEnd) {

        Position position() {
            return new Position(event, role);
        }
    }

    /** Where an argument goes: an event (trigger span and type) and one of its roles. */
    record Position(Trigger event, String role) {
    }
}
