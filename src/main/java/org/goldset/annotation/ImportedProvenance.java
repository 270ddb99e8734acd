package org.goldset.annotation;

import java.util.Map;

/**
 * How the annotations of an imported gold line were reached (JSONL {@code "provenance"}, decision
 * 019), kept as given: entities and events by their key in the file, arguments by their event's key
 * and their place in its list ({@code "E1#0"}).
 */
public record ImportedProvenance(Map<String, String> entities, Map<String, String> events,
                                 Map<String, String> arguments) {

    public static final ImportedProvenance NONE = new ImportedProvenance(Map.of(), Map.of(), Map.of());

    public ImportedProvenance {
        entities = Map.copyOf(entities);
        events = Map.copyOf(events);
        arguments = Map.copyOf(arguments);
    }

    /** The provenance of the entity with this key in the file; null for none (or no key: Map.copyOf refuses null lookups). */
    String ofEntity(String key) {
        return key == null ? null : entities.get(key);
    }

    String ofEvent(String key) {
        return key == null ? null : events.get(key);
    }

    String ofArgument(String eventKey, int index) {
        return eventKey == null ? null : arguments.get(eventKey + "#" + index);
    }
}
