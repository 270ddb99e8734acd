package org.goldset.review.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.goldset.annotation.AnnotationStatus;
import org.goldset.annotation.Event;
import org.goldset.annotation.EventArgument;
import org.goldset.schema.AnnotationSchema;

/**
 * Where the keyboard is on the event cards: the events shown, the current one, and the part of
 * its card (0 the header, 1… its arguments in the card's order). Holds no components.
 */
final class EventCursor {

    private final AnnotationSchema schema;
    private List<Event> events = List.of();
    private int current;
    private int part;

    EventCursor(AnnotationSchema schema) {
        this.schema = schema;
    }

    List<Event> events() {
        return events;
    }

    int current() {
        return current;
    }

    int part() {
        return part;
    }

    /** Shows these events; the cursor stays where it was, as far as they reach. */
    void show(List<Event> shown) {
        events = shown;
        current = Math.max(0, Math.min(current, events.size() - 1));
        clampPart();
    }

    /** Puts events a decision returned in place of their old versions. */
    void replace(List<Event> changed) {
        List<Event> updated = new ArrayList<>(events);
        for (Event event : changed) {
            for (int i = 0; i < updated.size(); i++) {
                if (updated.get(i).getId().equals(event.getId())) {
                    updated.set(i, event);
                }
            }
        }
        events = updated;
        clampPart();
    }

    void moveTo(int eventIndex, int toPart) {
        current = eventIndex;
        part = toPart;
    }

    /** To the event with this id, on its header (nowhere else if it is not shown). */
    void moveToEvent(long eventId) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).getId() == eventId) {
                moveTo(i, 0);
            }
        }
    }

    /** One event on (or back); false when there is none. */
    boolean move(int step) {
        if (events.isEmpty()) {
            return false;
        }
        moveTo(Math.max(0, Math.min(events.size() - 1, current + step)), 0);
        return true;
    }

    void nextPart() {
        currentEvent().ifPresent(event -> part = Math.min(event.getArguments().size(), part + 1));
    }

    void previousPart() {
        part = Math.max(0, part - 1);
    }

    void toHeader() {
        part = 0;
    }

    /** To the next pending event, if there is one. */
    void moveToNextPending() {
        for (int i = current + 1; i < events.size(); i++) {
            if (events.get(i).getStatus() == AnnotationStatus.PENDING) {
                moveTo(i, 0);
                return;
            }
        }
    }

    Optional<Event> currentEvent() {
        return current < events.size() ? Optional.of(events.get(current)) : Optional.empty();
    }

    Optional<EventArgument> currentArgument() {
        return currentEvent().flatMap(event -> {
            List<EventArgument> arguments = EventCard.argumentsInOrder(event, schema);
            return part >= 1 && part <= arguments.size() ? Optional.of(arguments.get(part - 1)) : Optional.empty();
        });
    }

    private void clampPart() {
        part = Math.min(part, currentEvent().map(event -> event.getArguments().size()).orElse(0));
    }
}
