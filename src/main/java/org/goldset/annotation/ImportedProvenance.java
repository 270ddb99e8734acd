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

    boolean isEmpty() {
        return entities.isEmpty() && events.isEmpty() && arguments.isEmpty();
    }
}
