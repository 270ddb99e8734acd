package org.goldset.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The buttons under the annotation list; each names its key. */
final class AnnotationActions {

    private AnnotationActions() {
    }

    static HorizontalLayout bar(ReviewView view) {
        Button accept = button("Accept (a)", VaadinIcon.CHECK, () -> view.entities().acceptSelected());
        accept.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        Button reject = button("Reject (r)", VaadinIcon.CLOSE, () -> view.entities().rejectSelected());
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Button delete = button("Delete", VaadinIcon.TRASH, () -> view.entities().deleteSelected());
        Button undo = button("Undo (Ctrl+Z)", VaadinIcon.ARROW_BACKWARD, view::undo);
        Button redo = button("Redo", VaadinIcon.ARROW_FORWARD, view::redo);
        HorizontalLayout bar = new HorizontalLayout(accept, reject, delete, undo, redo);
        bar.setWidthFull();
        bar.setWrap(true);
        return bar;
    }

    private static Button button(String text, VaadinIcon icon, Runnable action) {
        Button button = new Button(text, icon.create(), click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }
}
