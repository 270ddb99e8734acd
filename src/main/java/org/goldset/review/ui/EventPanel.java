package org.goldset.review.ui;
import java.util.List;
import java.util.Optional;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.goldset.annotation.AnnotationStatus;
import org.goldset.annotation.EntityMention;
import org.goldset.annotation.Event;
import org.goldset.annotation.EventArgument;
import org.goldset.annotation.VersionedId;
import org.goldset.review.EventDecisions;
import org.goldset.review.ReviewChange;
import org.goldset.review.ReviewService;
import org.goldset.schema.AnnotationSchema;
import org.goldset.text.Span;
import org.goldset.text.WordOccurrences;

/**
 * The Events tab of the review screen: the cards and everything an analyst does with them, by key
 * or by mouse. The keyboard is on one card and on one part of it (the header, or an argument);
 * decisions go through the services with the version the analyst saw, and each is one undo step.
 * Accepting or rejecting an event decides every pending mention of the same real event with it.
 */
class EventPanel extends VerticalLayout implements EventCards.Actions {

    private final ReviewService review;
    private final EventDecisions decisions;
    private final String analyst;
    private final AnnotationSchema schema;
    private final ReviewScreen host;
    private final EventCards cards;
    private final RoleFilling roles;

    private final EventCursor cursor;

    EventPanel(ReviewService review, EventDecisions decisions, AnnotationSchema schema, String analyst,
               ReviewScreen host) {
        this.review = review;
        this.decisions = decisions;
        this.analyst = analyst;
        this.schema = schema;
        this.host = host;
        this.cursor = new EventCursor(schema);
        this.cards = new EventCards(schema, this);
        setPadding(false);
        setSizeFull();
        this.roles = new RoleFilling(review, host, new RoleFilling.Panel() {
            @Override
            public void redraw() {
                render();
            }

            @Override
            public void moveToEvent(long eventId) {
                cursor.moveToEvent(eventId);
            }

            @Override
            public void fill(String role, EventArgument replacing, EntityMention entity) {
                apply(event -> decisions.fill(host.document(), versioned(event), role,
                        replacing == null ? null : replacing.getId(), entity.getId(), analyst));
            }
        });
        Button newEvent = new Button("New event (v)", VaadinIcon.PLUS.create(), click -> newEvent());
        newEvent.addThemeVariants(ButtonVariant.LUMO_SMALL);
        HorizontalLayout tools = new HorizontalLayout(Legend.ofEvents(schema), newEvent);
        tools.setWidthFull();
        tools.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        tools.expand(tools.getComponentAt(0));
        Scroller scroller = new Scroller(cards);
        scroller.setSizeFull();
        scroller.setMinHeight("0");
        add(tools, roles.banner(), scroller);
        expand(scroller);
    }

    /**
     * Reads the events again and redraws every card (the entities may have changed too). While the
     * tab is hidden only the count is kept up to date: a long article's hundreds of cards are drawn
     * when the analyst opens the tab, not with the article.
     */
    void reload() {
        cards.forget();
        if (!isVisible()) {
            host.eventCountChanged((int) review.countEvents(host.document().getId()));
            return;
        }
        refresh();
    }

    // ---- a click on a card: the cursor goes there, then the same as the key (EventCards.Actions)

    @Override
    public void moveTo(int eventIndex, int toPart) {
        cursor.moveTo(eventIndex, toPart);
        render();
    }

    @Override
    public void decideEvent(int eventIndex, AnnotationStatus status) {
        cursor.moveTo(eventIndex, 0);
        decideCurrentEvent(status, false);
    }

    @Override
    public void acceptWithArguments(int eventIndex) {
        cursor.moveTo(eventIndex, 0);
        acceptWithArguments();
    }

    @Override
    public void decideArgument(int eventIndex, EventArgument argument, AnnotationStatus status) {
        cursor.moveTo(eventIndex, cursor.part());
        decideArgument(argument, status);
    }

    @Override
    public void retype(int eventIndex) {
        cursor.moveTo(eventIndex, 0);
        openRetype();
    }

    @Override
    public void arm(int eventIndex, String role, EventArgument replacing) {
        cursor.moveTo(eventIndex, cursor.part());
        arm(role, replacing);
    }

    /** Reads the events again and redraws only the cards that changed. */
    private void refresh() {
        cursor.show(review.eventsOf(host.document().getId()));
        host.eventCountChanged(cursor.events().size());
        render();
    }

    private void render() {
        Optional<RoleFilling.Armed> armed = roles.armed();
        EventCards.Cursor shown = new EventCards.Cursor(cursor.current(), cursor.part(),
                armed.map(RoleFilling.Armed::eventId).orElse(null), armed.map(RoleFilling.Armed::role).orElse(null));
        cards.update(cursor.events(), host.offsets(), shown);
        roles.showBanner();
        host.focus(currentEvent().map(event -> new AnnotatedText.EventFocus(event.getTrigger(),
                event.getArguments().stream()
                        .filter(argument -> argument.getStatus() != AnnotationStatus.REJECTED)
                        .map(argument -> new AnnotatedText.RoleMark(argument.getEntity().getSpan(), argument.getRole()))
                        .toList()))
                .orElse(null));
    }


    // ---- moving around

    void next() {
        if (cursor.move(1)) {
            render();
        }
    }

    void previous() {
        if (cursor.move(-1)) {
            render();
        }
    }

    /** Moves through the card: the header, then each argument. */
    void nextPart() {
        cursor.nextPart();
        render();
    }

    void previousPart() {
        cursor.previousPart();
        render();
    }

    // ---- decisions

    void accept() {
        decideCurrentPart(AnnotationStatus.ACCEPTED);
    }

    void reject() {
        decideCurrentPart(AnnotationStatus.REJECTED);
    }

    private void decideCurrentPart(AnnotationStatus status) {
        Optional<EventArgument> argument = currentArgument();
        if (argument.isPresent()) {
            decideArgument(argument.get(), status);
        } else {
            decideCurrentEvent(status, false);
        }
    }

    /** Shift+A: accepts the event with its pending arguments (and their pending entities). */
    void acceptWithArguments() {
        cursor.toHeader();
        decideCurrentEvent(AnnotationStatus.ACCEPTED, true);
    }

    /** Decides the event and every pending mention of the same real event, as one undo step. */
    private void decideCurrentEvent(AnnotationStatus status, boolean withArguments) {
        currentEvent().ifPresent(event -> {
            List<Event> together = EventAttributes.sameGroup(cursor.events(), event).stream()
                    .filter(other -> other == event || other.getStatus() == AnnotationStatus.PENDING).toList();
            host.run(() -> {
                ReviewChange change = decisions.decide(host.document(), together.stream().map(EventPanel::versioned)
                        .toList(), status, withArguments, analyst);
                host.decided(change);
                cursor.replace(change.events());
                if (together.size() > 1) {
                    Notification.show(together.size() + " mentions of this event decided together.", 2500,
                            Notification.Position.BOTTOM_CENTER);
                }
                cursor.moveToNextPending();
                render();
                return null;
            });
        });
    }

    private void decideArgument(EventArgument argument, AnnotationStatus status) {
        apply(event -> decisions.decideArgument(host.document(), versioned(event), argument.getId(), status, analyst));
        nextPart();
    }

    /** s: the current event is another event than the rest of its group; it is split off. */
    void split() {
        currentEvent().ifPresent(event -> {
            if (EventAttributes.sameGroup(cursor.events(), event).size() < 2) {
                Notification.show("This event has no other mentions to split from", 2000,
                        Notification.Position.BOTTOM_CENTER);
                return;
            }
            List<Event> group = EventAttributes.sameGroup(cursor.events(), event);
            Event after = apply(e -> decisions.split(host.document(), versioned(e), analyst));
            if (after != null) {
                // The other mentions' cards no longer count this one.
                cards.forget();
                refresh();
                Notification.show("Split off: now decided on its own (" + (group.size() - 1)
                        + " mention(s) stay together).", 2500, Notification.Position.BOTTOM_CENTER);
            }
        });
    }

    /** Shift+number: the current event becomes that type. */
    void retypeTo(String type) {
        currentEvent().ifPresent(event -> {
            int before = event.getArguments().size();
            Event after = apply(e -> decisions.retype(host.document(), versioned(e), type, analyst));
            if (after != null && after.getArguments().size() < before) {
                Notification.show((before - after.getArguments().size()) + " argument(s) removed: their roles are not "
                        + type + "'s. Ctrl+Z brings them back.", 4000, Notification.Position.BOTTOM_CENTER);
            }
        });
    }

    void openRetype() {
        currentEvent().ifPresent(event -> host.opened(EventTypeDialog.open(schema, trigger(event), this::retypeTo)));
    }

    // ---- arguments

    /** g: fill a role of the current event (asks which role, then which entity). */
    void fillRole() {
        arm(null, null);
    }

    /** c: change the entity of the current argument. */
    void changeArgument() {
        Optional<EventArgument> argument = currentArgument();
        if (argument.isEmpty()) {
            Notification.show("Move to an argument first (→ / l)", 2000, Notification.Position.BOTTOM_CENTER);
            return;
        }
        arm(argument.get().getRole(), argument.get());
    }

    private void arm(String role, EventArgument replacing) {
        currentEvent().ifPresent(event -> roles.arm(event, role, replacing));
    }

    /** A click on an entity in the text while a role is armed fills it; true when it did. */
    boolean entityClicked(long entityId) {
        return roles.entityClicked(entityId);
    }

    void disarm() {
        roles.disarm();
    }

    // ---- new events

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
            render();
            Notification.show("This trigger already has a " + type + " event: here it is.", 2500,
                    Notification.Position.BOTTOM_CENTER);
            return;
        }
        host.run(() -> {
            ReviewChange change = decisions.create(host.document(), trigger, type, analyst);
            host.decided(change);
            long id = change.event().getId();
            refresh();
            cursor.moveToEvent(id);
            render();
            return null;
        });
    }

    // ---- helpers

    /** Applies a decision to the current event and redraws its card; the event after it, or null. */
    private Event apply(java.util.function.Function<Event, ReviewChange> decision) {
        Optional<Event> found = currentEvent();
        if (found.isEmpty()) {
            return null;
        }
        Event[] result = new Event[1];
        host.run(() -> {
            ReviewChange change = decision.apply(found.get());
            host.decided(change);
            result[0] = change.event();
            // A decision on a long article does not read all its events again.
            cursor.replace(change.events());
            render();
            return null;
        });
        return result[0];
    }

    private static VersionedId versioned(Event event) {
        return new VersionedId(event.getId(), event.getVersion());
    }

    Optional<Long> currentEventId() {
        return currentEvent().map(Event::getId);
    }

    private Optional<Event> currentEvent() {
        return cursor.currentEvent();
    }

    private Optional<EventArgument> currentArgument() {
        return cursor.currentArgument();
    }

    private String trigger(Event event) {
        return host.offsets().slice(event.getTrigger().start(), event.getTrigger().end());
    }
}
