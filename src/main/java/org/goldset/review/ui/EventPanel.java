package org.goldset.review.ui;

import org.goldset.base.ui.AnnotatedText;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.goldset.annotation.AnnotationStatus;
import org.goldset.annotation.Event;
import org.goldset.annotation.EventArgument;
import org.goldset.annotation.VersionedId;
import org.goldset.review.EventDecisions;
import org.goldset.review.ReviewChange;
import org.goldset.review.ReviewService;
import org.goldset.schema.AnnotationSchema;

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
    private final EventEditing edits;

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
        this.edits = new EventEditing(this, cursor, decisions, review, schema, analyst, host);
        Button newEvent = new Button("New event (v)", VaadinIcon.PLUS.create(), click -> edits.newEvent());
        newEvent.addThemeVariants(ButtonVariant.LUMO_SMALL);
        HorizontalLayout tools = new HorizontalLayout(Legend.ofEvents(schema), newEvent);
        tools.setWidthFull();
        tools.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        tools.expand(tools.getComponentAt(0));
        Scroller scroller = new Scroller(cards);
        scroller.setSizeFull();
        scroller.setMinHeight("0");
        add(tools, edits.roles().banner(), scroller);
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
            host.eventCountChanged((int) review.countEvents(host.document().getId(), analyst));
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
        edits.openRetype();
    }

    @Override
    public void arm(int eventIndex, String role, EventArgument replacing) {
        cursor.moveTo(eventIndex, cursor.part());
        edits.arm(role, replacing);
    }

    /** Reads the events again and redraws only the cards that changed. */
    void refresh() {
        cursor.show(review.eventsOf(host.document().getId(), analyst));
        host.eventCountChanged(cursor.events().size());
        render();
    }

    void render() {
        Optional<RoleFilling.Armed> armed = edits.roles().armed();
        EventCards.Cursor shown = new EventCards.Cursor(cursor.current(), cursor.part(),
                armed.map(RoleFilling.Armed::eventId).orElse(null), armed.map(RoleFilling.Armed::role).orElse(null));
        cards.update(cursor.events(), host.offsets(), shown);
        edits.roles().showBanner();
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

    // ---- helpers

    /** Applies a decision to the current event and redraws its card; the event after it, or null. */
    Event apply(Function<Event, ReviewChange> decision) {
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

    static VersionedId versioned(Event event) {
        return new VersionedId(event.getId(), event.getVersion());
    }

    /** What an analyst adds or changes on the cards: splits, types, roles, new events. */
    EventEditing edits() {
        return edits;
    }

    void forgetCards() {
        cards.forget();
    }

    Optional<Long> currentEventId() {
        return currentEvent().map(Event::getId);
    }

    Optional<Event> currentEvent() {
        return cursor.currentEvent();
    }

    Optional<EventArgument> currentArgument() {
        return cursor.currentArgument();
    }

    String trigger(Event event) {
        return host.offsets().slice(event.getTrigger().start(), event.getTrigger().end());
    }
}
