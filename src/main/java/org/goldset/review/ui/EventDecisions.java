package org.goldset.review.ui;

import java.util.List;
import java.util.function.Function;
import org.goldset.annotation.AnnotationService;
import org.goldset.annotation.AnnotationStatus;
import org.goldset.annotation.EntityMention;
import org.goldset.annotation.EntityState;
import org.goldset.annotation.Event;
import org.goldset.annotation.EventArgument;
import org.goldset.annotation.EventService;
import org.goldset.annotation.EventState;
import org.goldset.annotation.Span;
import org.goldset.annotation.StaleAnnotationException;
import org.goldset.annotation.VersionedId;
import org.goldset.corpus.Document;
import org.goldset.review.ReviewService;

/**
 * What an analyst decides on the event cards, each as one undo step: the decision goes through the
 * services (with the version the analyst saw), and the step knows how to put back the state before
 * and after it. Drawing is {@link EventPanel}'s.
 */
final class EventDecisions {

    private final ReviewService review;
    private final EventService events;
    private final AnnotationService annotations;
    private final UndoHistory history;
    private final String analyst;

    EventDecisions(ReviewService review, EventService events, AnnotationService annotations, UndoHistory history,
                   String analyst) {
        this.review = review;
        this.events = events;
        this.annotations = annotations;
        this.history = history;
        this.analyst = analyst;
    }

    /** Accepts or rejects several mentions of one real event together. */
    List<Event> decide(List<Event> together, AnnotationStatus status) {
        List<EventState> before = together.stream().map(EventState::of).toList();
        List<Event> decided = events.decideEvents(together.stream().map(EventDecisions::versioned).toList(), status,
                analyst);
        List<EventState> after = decided.stream().map(EventState::of).toList();
        history.record(status.name().toLowerCase(java.util.Locale.ROOT) + " event",
                () -> restore(together, before), () -> restore(together, after));
        return decided;
    }

    Event decideArgument(Event event, EventArgument argument, AnnotationStatus status) {
        return edit("decide argument", event,
                e -> events.decideArgument(versioned(e), argument.getId(), status, analyst));
    }

    Event retype(Event event, String type) {
        return edit("retype", event, e -> review.retypeEvent(e, type, analyst));
    }

    /**
     * Puts the entity into the role, or in place of {@code replacing}'s entity. A pending entity is
     * accepted with it (see ReviewService.fillRole); undoing reverts both.
     */
    Event fill(Event event, String role, EventArgument replacing, EntityMention entity) {
        EntityState entityBefore = EntityState.of(entity);
        boolean confirms = entity.getStatus() == AnnotationStatus.PENDING;
        return edit(replacing == null ? "fill " + role : "change " + role, event,
                e -> replacing == null
                        ? review.fillRole(e, role, entity, analyst)
                        : review.changeArgument(e, replacing, entity, analyst),
                () -> {
                    if (confirms) {
                        restoreEntity(entity.getId(), entityBefore);
                    }
                },
                () -> {
                    if (confirms) {
                        EntityMention now = currentEntity(entity.getId());
                        annotations.acceptEntity(now.getId(), now.getVersion(), analyst);
                    }
                });
    }

    /** An event on a trigger the analyst marked; undoing deletes it. */
    Event create(Document document, Span trigger, String type) {
        Event created = review.addEvent(document, trigger, type, analyst);
        long id = created.getId();
        history.record("new " + type, () -> events.deleteEvent(versioned(current(id)), analyst), null);
        return created;
    }

    private Event edit(String what, Event event, Function<Event, Event> change) {
        return edit(what, event, change, () -> { }, () -> { });
    }

    private Event edit(String what, Event event, Function<Event, Event> change, Runnable alsoUndo, Runnable alsoRedo) {
        EventState before = EventState.of(event);
        Event after = change.apply(event);
        EventState afterState = EventState.of(after);
        long id = after.getId();
        history.record(what, () -> {
            events.restoreEvent(versioned(current(id)), before, analyst);
            alsoUndo.run();
        }, () -> {
            events.restoreEvent(versioned(current(id)), afterState, analyst);
            alsoRedo.run();
        });
        return after;
    }

    private void restore(List<Event> originals, List<EventState> states) {
        for (int i = 0; i < originals.size(); i++) {
            events.restoreEvent(versioned(current(originals.get(i).getId())), states.get(i), analyst);
        }
    }

    private void restoreEntity(long entityId, EntityState state) {
        EntityMention now = currentEntity(entityId);
        annotations.restoreEntity(now.getId(), now.getVersion(), state, analyst);
    }

    private Event current(long eventId) {
        return events.findEvent(eventId).orElseThrow(() -> new StaleAnnotationException("Event " + eventId));
    }

    private EntityMention currentEntity(long entityId) {
        return annotations.findEntity(entityId).orElseThrow(() -> new StaleAnnotationException("Annotation " + entityId));
    }

    private static VersionedId versioned(Event event) {
        return new VersionedId(event.getId(), event.getVersion());
    }
}
