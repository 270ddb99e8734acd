package org.goldset.review;

import java.util.List;
import org.goldset.annotation.EntityMention;
import org.goldset.annotation.Event;

/**
 * What a decision changed, for the screen to redraw just that (the entities and events as stored
 * now, the ids of those that are gone), and the step that takes it back.
 */
public record ReviewChange(List<EntityMention> entities, List<Long> removedEntities, List<Event> events,
                           List<Long> removedEvents, UndoStep step) {

    public ReviewChange {
        entities = List.copyOf(entities);
        removedEntities = List.copyOf(removedEntities);
        events = List.copyOf(events);
        removedEvents = List.copyOf(removedEvents);
    }

    /** The one entity the decision changed (or created). */
    public EntityMention entity() {
        return entities.getFirst();
    }

    /** The one event the decision changed (or created). */
    public Event event() {
        return events.getFirst();
    }
}
