package org.goldset.schema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The labels analysts may use: entity types and event types with their roles. Immutable; built and
 * validated by {@link SchemaLoader}.
 */
public final class AnnotationSchema {

    private final Map<String, EntityType> entityTypes = new LinkedHashMap<>();
    private final Map<String, EventType> eventTypes = new LinkedHashMap<>();

    AnnotationSchema(List<EntityType> entityTypes, List<EventType> eventTypes) {
        entityTypes.forEach(type -> this.entityTypes.put(type.name(), type));
        eventTypes.forEach(type -> this.eventTypes.put(type.name(), type));
    }

    public List<EntityType> entityTypes() {
        return List.copyOf(entityTypes.values());
    }

    public List<EventType> eventTypes() {
        return List.copyOf(eventTypes.values());
    }

    public Optional<EntityType> entityType(String name) {
        return Optional.ofNullable(entityTypes.get(name));
    }

    public Optional<EventType> eventType(String name) {
        return Optional.ofNullable(eventTypes.get(name));
    }

    public boolean hasEntityType(String name) {
        return entityTypes.containsKey(name);
    }

    public String entityTypeNames() {
        return String.join(", ", entityTypes.keySet());
    }

    public String eventTypeNames() {
        return String.join(", ", eventTypes.keySet());
    }
}
