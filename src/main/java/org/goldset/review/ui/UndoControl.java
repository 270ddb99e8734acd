package org.goldset.review.ui;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import com.vaadin.flow.component.notification.Notification;
import org.goldset.annotation.StaleAnnotationException;
import org.goldset.review.ReviewChange;
import org.goldset.review.ReviewHistory;
import org.goldset.review.UndoStep;

/**
 * Ctrl+Z and Ctrl+Shift+Z on the review screen: takes the next step of the document's undo history
 * to {@link ReviewHistory}, says what it did, and has the screen redraw from the database, so the
 * article, the list, the counts and the cards show exactly what is stored.
 */
final class UndoControl {

    private final ReviewHistory service;
    private final String analyst;
    private final Supplier<Long> selectedEntity;
    private final Consumer<Long> reload;
    private final Consumer<String> failed;
    private UndoHistory history = new UndoHistory();

    /** {@code reload} redraws the screen and selects the entity with that id (null: none). */
    UndoControl(ReviewHistory service, String analyst, Supplier<Long> selectedEntity, Consumer<Long> reload,
                Consumer<String> failed) {
        this.service = service;
        this.analyst = analyst;
        this.selectedEntity = selectedEntity;
        this.reload = reload;
        this.failed = failed;
    }

    /** The history of the document now shown (kept in the session, see UndoHistories). */
    void use(UndoHistory documentHistory) {
        history = documentHistory;
    }

    void record(UndoStep step) {
        history.record(step);
    }

    void undo() {
        Optional<UndoStep> step = history.nextUndo();
        if (step.isEmpty()) {
            Notification.show("Nothing to undo", 1500, Notification.Position.BOTTOM_CENTER);
            return;
        }
        replay(() -> service.undo(step.get(), analyst), history::undone, history::dropUndo, true, step.get());
    }

    void redo() {
        Optional<UndoStep> step = history.nextRedo();
        if (step.isEmpty()) {
            Notification.show("Nothing to redo", 1500, Notification.Position.BOTTOM_CENTER);
            return;
        }
        replay(() -> service.redo(step.get(), analyst), history::redone, history::dropRedo, false, step.get());
    }

    /** A step whose rows someone changed since cannot be applied: it is dropped and the analyst told. */
    private void replay(Supplier<ReviewChange> apply, Runnable moved, Runnable drop, boolean undo, UndoStep step) {
        try {
            ReviewChange change = apply.get();
            moved.run();
            Notification.show((undo ? "Undid: " : "Redid: ") + step.description(), 2500,
                    Notification.Position.BOTTOM_CENTER);
            Long select = change.entities().isEmpty() ? selectedEntity.get() : change.entities().getFirst().getId();
            reload.accept(select == null || change.removedEntities().contains(select) ? null : select);
        } catch (StaleAnnotationException e) {
            drop.run();
            failed.accept("Could not " + (undo ? "undo" : "redo") + " \"" + step.description()
                    + "\": it was changed since. Showing what is stored now.");
            reload.accept(selectedEntity.get());
        }
    }
}
