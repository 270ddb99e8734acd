package org.goldset.review.ui;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.ShortcutRegistration;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.server.Command;
import org.goldset.schema.AnnotationSchema;
import org.goldset.schema.EntityType;
import org.goldset.schema.EventType;
import org.goldset.text.SpanAdjuster;

/**
 * The review screen's keyboard; {@link KeyHelp} lists the same keys for the analyst. Most keys act
 * on the entity list or on the event cards, whichever tab is shown.
 */
final class ReviewKeys {

    private final ReviewView view;
    private final AnnotationSchema schema;
    private final List<ShortcutRegistration> registrations = new ArrayList<>();
    /** The screen's dialogs that are open (a role picker may stay open beside another): keys wait. */
    private final Set<Dialog> openDialogs = new HashSet<>();

    ReviewKeys(ReviewView view, AnnotationSchema schema) {
        this.view = view;
        this.schema = schema;
    }

    /** Listens to the keys (again). */
    void on() {
        if (registrations.isEmpty()) {
            register();
        }
    }

    /** Stops listening, e.g. while a dialog takes typed text. */
    void off() {
        registrations.forEach(ShortcutRegistration::remove);
        registrations.clear();
    }

    /**
     * The screen's keys are switched off while one of its dialogs is open: Vaadin's shortcuts
     * listen on the whole page and swallow their keys, so an "a" typed into a dialog's search box
     * would never arrive there.
     */
    void pauseWhileOpen(Dialog dialog) {
        openDialogs.add(dialog);
        off();
        dialog.addOpenedChangeListener(change -> {
            if (!change.isOpened() && !isDialogOpen()) {
                on();
            }
        });
    }

    boolean isDialogOpen() {
        openDialogs.removeIf(open -> !open.isOpened());
        return !openDialogs.isEmpty();
    }

    private void register() {
        EntityPanel entities = view.entities();
        EventPanel events = view.events();
        either(view, entities::next, events::next, Key.of("j"));
        either(view, entities::next, events::next, Key.ARROW_DOWN);
        either(view, entities::previous, events::previous, Key.of("k"));
        either(view, entities::previous, events::previous, Key.ARROW_UP);
        either(view, entities::acceptSelected, events::accept, Key.of("a"));
        either(view, entities::acceptSelected, events::accept, Key.ENTER);
        either(view, entities::rejectSelected, events::reject, Key.of("r"));
        either(view, entities::rejectSelected, events::reject, Key.of("x"));
        key(view, view::toggleSide, Key.of("e"));

        entityKey(view, entities::deleteSelected, Key.DELETE);
        entityKey(view, entities::acceptAll, Key.of("b"));
        entityKey(view, entities::rejectEverywhere, Key.of("R"), KeyModifier.SHIFT);
        for (EntityType type : schema.entityTypes()) {
            if (type.hotkey().length() == 1) {
                entityKey(view, () -> entities.relabelSelected(type.name()), Key.of(type.hotkey()));
            }
        }
        entityKey(view, () -> entities.adjustSelected(true, SpanAdjuster.Edge.END), Key.ARROW_RIGHT, KeyModifier.ALT);
        entityKey(view, () -> entities.adjustSelected(false, SpanAdjuster.Edge.END), Key.ARROW_LEFT, KeyModifier.ALT);
        entityKey(view, () -> entities.adjustSelected(true, SpanAdjuster.Edge.START), Key.ARROW_LEFT, KeyModifier.ALT,
                KeyModifier.SHIFT);
        entityKey(view, () -> entities.adjustSelected(false, SpanAdjuster.Edge.START), Key.ARROW_RIGHT, KeyModifier.ALT,
                KeyModifier.SHIFT);

        // Event cards: move through a card, retype, fill or change a role, mark a new event.
        eventKey(view, events::nextPart, Key.ARROW_RIGHT);
        eventKey(view, events::nextPart, Key.of("l"));
        eventKey(view, events::previousPart, Key.ARROW_LEFT);
        eventKey(view, events::previousPart, Key.of("h"));
        eventKey(view, events.edits()::openRetype, Key.of("t"));
        eventKey(view, events.edits()::fillRole, Key.of("g"));
        eventKey(view, events.edits()::split, Key.of("s"));
        eventKey(view, events.edits()::changeArgument, Key.of("c"));
        eventKey(view, events.edits()::disarm, Key.ESCAPE);
        eventKey(view, events::acceptWithArguments, Key.of("A"), KeyModifier.SHIFT);
        for (EventType type : schema.eventTypes()) {
            if (!type.hotkey().isBlank()) {
                HotKey hotKey = HotKey.parse(type.hotkey());
                eventKey(view, () -> events.edits().retypeTo(type.name()), hotKey.key(), hotKey.modifiers());
            }
        }
        key(view, () -> {
            view.showEvents();
            events.edits().newEvent();
        }, Key.of("v"));

        key(view, view::undo, Key.of("z"), KeyModifier.CONTROL);
        key(view, view::redo, Key.of("z"), KeyModifier.CONTROL, KeyModifier.SHIFT);
        key(view, view::redo, Key.of("y"), KeyModifier.CONTROL);
        key(view, view::finishAndNext, Key.of("D"), KeyModifier.SHIFT);
        key(view, view::showKeys, Key.of("?"), KeyModifier.SHIFT);
        key(view, view::showKeys, Key.of("?"));
        key(view, view::showStory, Key.of("i"));
    }

    /** A key that means one thing on the entity list and another on the event cards. */
    private void either(ReviewView view, Command onEntities, Command onEvents, Key key, KeyModifier... modifiers) {
        key(view, () -> (view.showingEvents() ? onEvents : onEntities).execute(), key, modifiers);
    }

    /** A key of the entity list only. */
    private void entityKey(ReviewView view, Command onEntities, Key key, KeyModifier... modifiers) {
        either(view, onEntities, () -> { }, key, modifiers);
    }

    /** A key of the event cards only. */
    private void eventKey(ReviewView view, Command onEvents, Key key, KeyModifier... modifiers) {
        key(view, () -> {
            if (view.showingEvents()) {
                onEvents.execute();
            }
        }, key, modifiers);
    }

    /**
     * Keys act on the review screen only while no dialog is open: otherwise the "3" that picks GPE in
     * the label picker would also relabel the annotation selected behind it.
     */
    private void key(ReviewView view, Command action, Key key, KeyModifier... modifiers) {
        registrations.add(Shortcuts.addShortcutListener(view, () -> {
            if (!isDialogOpen()) {
                action.execute();
            }
        }, key, modifiers));
    }
}
