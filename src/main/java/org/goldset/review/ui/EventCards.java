package org.goldset.review.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.goldset.annotation.AnnotationStatus;
import org.goldset.annotation.Event;
import org.goldset.annotation.EventArgument;
import org.goldset.schema.AnnotationSchema;
import org.goldset.text.TextOffsets;

/**
 * Draws the document's events as cards ({@link EventCard}), and redraws only the cards a change
 * touches. The card and the part of it (header or argument) the keyboard is on are marked. Drawing
 * only: {@link EventPanel} decides what happens.
 */
class EventCards extends VerticalLayout {

    /** What the mouse on a card asks for. */
    interface Actions {
        void moveTo(int eventIndex, int part);

        void decideEvent(int eventIndex, AnnotationStatus status);

        /** Accepts the event with its pending arguments and their entities. */
        void acceptWithArguments(int eventIndex);

        void decideArgument(int eventIndex, EventArgument argument, AnnotationStatus status);

        void retype(int eventIndex);

        void arm(int eventIndex, String role, EventArgument replacing);
    }

    private final EventCard drawing;
    private final List<Div> cards = new ArrayList<>();
    /** What the cards show now, so that a change redraws only the cards it touches. */
    private List<Event> shown = List.of();
    private Cursor shownCursor = new Cursor(-1, -1, null, null);
    /** Per card, its header and its argument chips in cursor order (part 0, 1, …). */
    private final List<List<HasStyle>> parts = new ArrayList<>();

    EventCards(AnnotationSchema schema, Actions actions) {
        this.drawing = new EventCard(schema, actions);
        setPadding(false);
        setSpacing(true);
        addClassName("goldset-event-cards");
    }

    /** What the cards show: the events, where the keyboard is, which role waits for an entity. */
    record Cursor(int eventIndex, int part, Long armedEventId, String armedRole) {
    }

    /**
     * Shows these events: when they are the events already shown (same ids, same order), only the
     * cards whose event changed or that the armed role enters or leaves are drawn anew, and the
     * cursor's marks move; otherwise every card is drawn.
     */
    void update(List<Event> events, TextOffsets text, Cursor cursor) {
        boolean drawnAnew = !sameEvents(shown, events);
        boolean moved = shownCursor == null || shownCursor.eventIndex() != cursor.eventIndex();
        if (drawnAnew) {
            show(events, text, cursor);
        } else {
            boolean armChanged = !Objects.equals(cursor.armedEventId(), shownCursor.armedEventId())
                    || !Objects.equals(cursor.armedRole(), shownCursor.armedRole());
            for (int i = 0; i < events.size(); i++) {
                Long id = events.get(i).getId();
                boolean changed = events.get(i).getVersion() != shown.get(i).getVersion();
                boolean armedHere = armChanged && (id.equals(cursor.armedEventId()) || id.equals(shownCursor.armedEventId()));
                if (changed || armedHere) {
                    redraw(events, i, text, cursor);
                }
            }
            moveCursor(shownCursor, cursor);
        }
        shown = events;
        shownCursor = cursor;
        if ((drawnAnew || moved) && cursor.eventIndex() >= 0 && cursor.eventIndex() < cards.size()) {
            // The current card is always in sight: after eight j presses it was 1,500 px down.
            cards.get(cursor.eventIndex()).getElement().executeJs("this.scrollIntoView({block: 'nearest'})");
        }
    }

    /** The next update draws every card (e.g. entities changed, which cards show as broken). */
    void forget() {
        shown = List.of();
    }

    private static boolean sameEvents(List<Event> before, List<Event> after) {
        if (before.size() != after.size() || after.isEmpty()) {
            return false;
        }
        for (int i = 0; i < after.size(); i++) {
            if (!before.get(i).getId().equals(after.get(i).getId())) {
                return false;
            }
        }
        return true;
    }

    /** Draws every card anew. */
    private void show(List<Event> events, TextOffsets text, Cursor cursor) {
        removeAll();
        cards.clear();
        parts.clear();
        if (events.isEmpty()) {
            add(new Span("No events yet. Press v to mark one, or select its trigger word in the text."));
            return;
        }
        for (int i = 0; i < events.size(); i++) {
            parts.add(new ArrayList<>());
            Div card = drawing.card(events, i, text, cursor, parts.get(i));
            cards.add(card);
            add(card);
        }
    }

    /**
     * Draws one card anew, in place: moving the cursor or deciding one event redraws two cards, not
     * a long article's hundred.
     */
    private void redraw(List<Event> events, int index, TextOffsets text, Cursor cursor) {
        parts.set(index, new ArrayList<>());
        Div card = drawing.card(events, index, text, cursor, parts.get(index));
        replace(cards.get(index), card);
        cards.set(index, card);
    }

    /** Moves the cursor's marks from one place to another without drawing anything anew. */
    private void moveCursor(Cursor from, Cursor to) {
        mark(from, false);
        mark(to, true);
    }

    private void mark(Cursor cursor, boolean on) {
        if (cursor.eventIndex() < 0 || cursor.eventIndex() >= cards.size()) {
            return;
        }
        cards.get(cursor.eventIndex()).setClassName("gs-current", on);
        List<HasStyle> cardParts = parts.get(cursor.eventIndex());
        if (cursor.part() >= 0 && cursor.part() < cardParts.size()) {
            cardParts.get(cursor.part()).setClassName("gs-current-part", on);
        }
    }
}
