package org.goldset.review.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.server.Command;
import org.goldset.review.SpanAdjuster;
import org.goldset.schema.AnnotationSchema;
import org.goldset.schema.EntityType;

/** The review screen's keyboard; {@link KeyHelp} lists the same keys for the analyst. */
final class ReviewKeys {

    private ReviewKeys() {
    }

    static void register(ReviewView view, AnnotationSchema schema) {
        key(view, view::next, Key.of("j"));
        key(view, view::next, Key.ARROW_DOWN);
        key(view, view::previous, Key.of("k"));
        key(view, view::previous, Key.ARROW_UP);
        key(view, view::acceptSelected, Key.of("a"));
        key(view, view::acceptSelected, Key.ENTER);
        key(view, view::rejectSelected, Key.of("r"));
        key(view, view::rejectSelected, Key.of("x"));
        key(view, view::deleteSelected, Key.DELETE);
        key(view, view::acceptAll, Key.of("b"));
        for (EntityType type : schema.entityTypes()) {
            if (type.hotkey().length() == 1) {
                key(view, () -> view.relabelSelected(type.name()), Key.of(type.hotkey()));
            }
        }
        key(view, () -> view.adjustSelected(true, SpanAdjuster.Edge.END), Key.ARROW_RIGHT, KeyModifier.ALT);
        key(view, () -> view.adjustSelected(false, SpanAdjuster.Edge.END), Key.ARROW_LEFT, KeyModifier.ALT);
        key(view, () -> view.adjustSelected(true, SpanAdjuster.Edge.START), Key.ARROW_LEFT, KeyModifier.ALT,
                KeyModifier.SHIFT);
        key(view, () -> view.adjustSelected(false, SpanAdjuster.Edge.START), Key.ARROW_RIGHT, KeyModifier.ALT,
                KeyModifier.SHIFT);
        key(view, view::undo, Key.of("z"), KeyModifier.CONTROL);
        key(view, view::redo, Key.of("z"), KeyModifier.CONTROL, KeyModifier.SHIFT);
        key(view, view::redo, Key.of("y"), KeyModifier.CONTROL);
        key(view, view::finishAndNext, Key.of("D"), KeyModifier.SHIFT);
        key(view, view::showKeys, Key.of("?"), KeyModifier.SHIFT);
        key(view, view::showKeys, Key.of("?"));
    }

    /**
     * Keys act on the review screen only while no dialog is open: otherwise the "3" that picks GPE in
     * the label picker would also relabel the annotation selected behind it.
     */
    private static void key(ReviewView view, Command action, Key key, KeyModifier... modifiers) {
        Shortcuts.addShortcutListener(view, () -> {
            if (!view.isDialogOpen()) {
                action.execute();
            }
        }, key, modifiers);
    }
}
