package org.goldset.review.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.util.function.Consumer;
import org.goldset.schema.AnnotationSchema;
import org.goldset.schema.EntityType;

/** Asks for the label of a new annotation: click a label or press its hotkey; Escape cancels. */
final class LabelPicker {

    private LabelPicker() {
    }

    static Dialog open(AnnotationSchema schema, String selectedText, Consumer<String> chosen) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Label for “" + abbreviate(selectedText) + "”");
        FlexLayout buttons = new FlexLayout();
        buttons.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        buttons.getStyle().set("gap", "var(--lumo-space-s)");
        for (EntityType type : schema.entityTypes()) {
            Button button = new Button(type.hotkey() + "  " + type.name(), click -> {
                dialog.close();
                chosen.accept(type.name());
            });
            button.getStyle().set("border-left", "4px solid " + type.colour());
            button.getElement().setAttribute("data-label", type.name());
            if (type.hotkey().length() == 1) {
                // Listens on the whole page: the dialog is modal, so the screen behind it ignores the key.
                Shortcuts.addShortcutListener(dialog, button::click, Key.of(type.hotkey()));
            }
            buttons.add(button);
        }
        dialog.add(new Span("Press a number or click a label."), buttons);
        dialog.setWidth("34em");
        dialog.open();
        return dialog;
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "…";
    }
}
