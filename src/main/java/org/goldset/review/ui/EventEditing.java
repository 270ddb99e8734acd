package org.goldset.review.ui;

import java.util.List;
import java.util.Optional;
import com.vaadin.flow.component.notification.Notification;
import org.goldset.annotation.EntityMention;
import org.goldset.annotation.Event;
import org.goldset.annotation.EventArgument;
import org.goldset.review.EventDecisions;
import org.goldset.review.ReviewChange;
import org.goldset.review.ReviewService;
import org.goldset.schema.AnnotationSchema;
import org.goldset.text.Span;
import org.goldset.text.WordOccurrences;

/**
 * What an analyst adds or changes on the event cards, beyond accepting and rejecting: split an event
 * from its group, retype it, fill or change a role, create a new event. Each is one decision through
 * the review services and one undo step; the {@link EventPanel} redraws after it.
 */
final class EventEditing {

    private final EventPanel panel;
    private final EventCursor cursor;
    private final EventDecisions decisions;
    private final AnnotationSchema schema;
    private final String analyst;
    private final ReviewScreen host;
    private final RoleFilling roles;

    EventEditing(EventPanel panel, EventCursor cursor, EventDecisions decisions, ReviewService review,
                 AnnotationSchema schema, String analyst, ReviewScreen host) {
        this.panel = panel;
        this.cursor = cursor;
        this.decisions = decisions;
        this.schema = schema;
        this.analyst = analyst;
        this.host = host;
        this.roles = new RoleFilling(review, host, new RoleFilling.Panel() {
            @Override
            public void redraw() {
                panel.render();
            }

            @Override
            public void moveToEvent(long eventId) {
                cursor.moveToEvent(eventId);
            }

            @Override
            public void fill(String role, EventArgument replacing, EntityMention entity) {
                panel.apply(event -> decisions.fill(host.document(), EventPanel.versioned(event), role,
                        replacing == null ? null : replacing.getId(), entity.getId(), analyst));
            }
        });
    }

    RoleFilling roles() {
        return roles;
    }

    /** s: the current event is another event than the rest of its group; it is split off. */
    void split() {
        panel.currentEvent().ifPresent(event -> {
            if (EventAttributes.sameGroup(cursor.events(), event).size() < 2) {
                Notification.show("This event has no other mentions to split from", 2000,
                        Notification.Position.BOTTOM_CENTER);
                return;
            }
            List<Event> group = EventAttributes.sameGroup(cursor.events(), event);
            Event after = panel.apply(e -> decisions.split(host.document(), EventPanel.versioned(e), analyst));
            if (after != null) {
                // The other mentions' cards no longer count this one.
                panel.forgetCards();
                panel.refresh();
                Notification.show("Split off: now decided on its own (" + (group.size() - 1)
                        + " mention(s) stay together).", 2500, Notification.Position.BOTTOM_CENTER);
            }
        });
    }

    /** Shift+number: the current event becomes that type. */
    void retypeTo(String type) {
        panel.currentEvent().ifPresent(event -> {
            int before = event.getArguments().size();
            Event after = panel.apply(e -> decisions.retype(host.document(), EventPanel.versioned(e), type, analyst));
            if (after != null && after.getArguments().size() < before) {
                Notification.show((before - after.getArguments().size()) + " argument(s) removed: their roles are not "
                        + type + "'s. Ctrl+Z brings them back.", 4000, Notification.Position.BOTTOM_CENTER);
            }
        });
    }

    void openRetype() {
        panel.currentEvent().ifPresent(event -> host.opened(EventTypeDialog.open(schema, panel.trigger(event), this::retypeTo)));
    }

    /** g: fill a role of the current event (asks which role, then which entity). */
    void fillRole() {
        arm(null, null);
    }

    /** c: change the entity of the current argument. */
    void changeArgument() {
        Optional<EventArgument> argument = panel.currentArgument();
        if (argument.isEmpty()) {
            Notification.show("Move to an argument first (→ / l)", 2000, Notification.Position.BOTTOM_CENTER);
            return;
        }
        arm(argument.get().getRole(), argument.get());
    }

    void arm(String role, EventArgument replacing) {
        panel.currentEvent().ifPresent(event -> roles.arm(event, role, replacing));
    }

    /** A click on an entity in the text while a role is armed fills it; true when it did. */
    boolean entityClicked(long entityId) {
        return roles.entityClicked(entityId);
    }

    void disarm() {
        roles.disarm();
    }

    /** v: type the trigger word, then the type's key. */
    void newEvent() {
        host.opened(NewEventDialog.open(schema, WordOccurrences.in(host.offsets()), this::createEvent));
    }

    /** Creates an event on a trigger (typed, or selected in the text) and moves to its card. */
    void createEvent(Span trigger, String type) {
        Optional<Event> same = cursor.events().stream()
                .filter(event -> event.getTrigger().equals(trigger) && event.getType().equals(type)).findFirst();
        if (same.isPresent()) {
            cursor.moveToEvent(same.get().getId());
            panel.render();
            Notification.show("This trigger already has a " + type + " event: here it is.", 2500,
                    Notification.Position.BOTTOM_CENTER);
            return;
        }
        host.run(() -> {
            ReviewChange change = decisions.create(host.document(), trigger, type, analyst);
            host.decided(change);
            long id = change.event().getId();
            panel.refresh();
            cursor.moveToEvent(id);
            panel.render();
            return null;
        });
    }
}
