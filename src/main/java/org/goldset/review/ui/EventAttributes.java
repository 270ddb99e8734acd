package org.goldset.review.ui;

import java.util.List;
import org.goldset.annotation.Event;
import org.goldset.schema.EventAttribute;

/** Reads the attributes engines put on events (values are JSON text, e.g. {@code "\"negated\""}). */
final class EventAttributes {

    private EventAttributes() {
    }

    /** The attribute as plain text; empty when absent. */
    static String text(Event event, EventAttribute attribute) {
        String json = event.getAttributesJson().getOrDefault(attribute.key(), "");
        return json.length() >= 2 && json.startsWith("\"") && json.endsWith("\"")
                ? json.substring(1, json.length() - 1) : json;
    }

    /** The mentions of the same real event (same group), the event itself included. */
    static List<Event> sameGroup(List<Event> events, Event event) {
        String group = text(event, EventAttribute.GROUP);
        if (group.isEmpty()) {
            return List.of(event);
        }
        return events.stream().filter(other -> other.getId().equals(event.getId())
                || (other.getType().equals(event.getType()) && group.equals(text(other, EventAttribute.GROUP)))).toList();
    }
}
