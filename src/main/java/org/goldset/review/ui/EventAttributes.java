package org.goldset.review.ui;

import java.util.List;
import org.goldset.annotation.Event;

/** Reads the attributes engines put on events (values are JSON text, e.g. {@code "\"negated\""}). */
final class EventAttributes {

    private EventAttributes() {
    }

    /** The attribute as plain text; empty when absent. */
    static String text(Event event, String key) {
        String json = event.getAttributesJson().getOrDefault(key, "");
        return json.length() >= 2 && json.startsWith("\"") && json.endsWith("\"")
                ? json.substring(1, json.length() - 1) : json;
    }

    /** The mentions of the same real event (same group), the event itself included. */
    static List<Event> sameGroup(List<Event> events, Event event) {
        String group = text(event, "group");
        if (group.isEmpty()) {
            return List.of(event);
        }
        return events.stream().filter(other -> other.getId().equals(event.getId())
                || (other.getType().equals(event.getType()) && group.equals(text(other, "group")))).toList();
    }
}
