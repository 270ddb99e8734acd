package org.goldset.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.goldset.annotation.AnnotationSnapshots;
import org.goldset.annotation.EntityMention;
import org.goldset.annotation.EntityService;
import org.goldset.annotation.EntitySnapshot;
import org.goldset.annotation.Event;
import org.goldset.annotation.EventService;
import org.goldset.annotation.EventSnapshot;

/**
 * Collects the rows one decision touches: their stored state before (taken when first touched) and,
 * at the end, after; the result is the decision's {@link ReviewChange} with its {@link UndoStep}.
 * Used inside the decision's transaction.
 */
final class StepRecorder {

    private final EntityService entities;
    private final EventService events;
    private final AnnotationSnapshots snapshots;
    private final Map<Long, EntitySnapshot> entitiesBefore = new LinkedHashMap<>();
    private final Map<Long, EventSnapshot> eventsBefore = new LinkedHashMap<>();

    StepRecorder(EntityService entities, EventService events, AnnotationSnapshots snapshots) {
        this.entities = entities;
        this.events = events;
        this.snapshots = snapshots;
    }

    /** Call before changing the entity. */
    void entity(long entityId) {
        if (!entitiesBefore.containsKey(entityId)) {
            entitiesBefore.put(entityId, snapshots.snapshotEntity(entityId));
        }
    }

    /** Call before changing the event. */
    void event(long eventId) {
        if (!eventsBefore.containsKey(eventId)) {
            eventsBefore.put(eventId, snapshots.snapshotEvent(eventId));
        }
    }

    void createdEvent(long eventId) {
        eventsBefore.put(eventId, null);
    }

    ReviewChange finish(String description) {
        List<UndoStep.Change<EntitySnapshot>> entityChanges = new ArrayList<>();
        List<EntityMention> changedEntities = new ArrayList<>();
        entitiesBefore.forEach((id, before) -> {
            entityChanges.add(new UndoStep.Change<>(before, snapshots.snapshotEntity(id)));
            changedEntities.add(entities.findEntity(id).orElseThrow());
        });
        List<UndoStep.Change<EventSnapshot>> eventChanges = new ArrayList<>();
        List<Event> changedEvents = new ArrayList<>();
        eventsBefore.forEach((id, before) -> {
            eventChanges.add(new UndoStep.Change<>(before, snapshots.snapshotEvent(id)));
            changedEvents.add(events.findEvent(id).orElseThrow());
        });
        return new ReviewChange(changedEntities, List.of(), changedEvents, List.of(),
                new UndoStep(description, entityChanges, eventChanges));
    }
}
