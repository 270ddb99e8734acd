package org.goldset.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.goldset.schema.AnnotationSchema;
import org.goldset.schema.EntityType;

/** The help overlay listing every key of the review screen. */
final class KeyHelp {

    static final String[][] KEYS = {
            {"j / ↓", "next annotation"}, {"k / ↑", "previous annotation"},
            {"a / Enter", "accept"}, {"r / x", "reject"}, {"Delete", "delete"},
            {"1 … 8", "change the label (see the legend)"},
            {"Alt+→ / Alt+←", "grow / shrink the end by a word"},
            {"Alt+Shift+← / Alt+Shift+→", "grow / shrink the start by a word"},
            {"b", "accept all pending of a label or engine, with a preview"},
            {"select text", "add an annotation; then press its label key"},
            {"Ctrl+Z", "undo"}, {"Ctrl+Shift+Z / Ctrl+Y", "redo"},
            {"Shift+D", "mark the document done and open the next"}, {"?", "this help"}};

    static final String[][] EVENT_KEYS = {
            {"e", "switch between entities and events"},
            {"j / k", "next / previous event"}, {"→ / ←  (l / h)", "move through the card: event, then each argument"},
            {"a / r", "accept / reject the event (all its mentions) or the argument"},
            {"t  or  Shift+1 … 0", "change the event's type"},
            {"g", "fill a role: its number, then type the entity (or click it in the text)"},
            {"c", "change the current argument's entity"},
            {"v", "new event: type the trigger word, Enter, then the type's key"},
            {"select text", "…then Shift+number marks it as an event's trigger"}};

    private KeyHelp() {
    }

    static Dialog open(AnnotationSchema schema) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Keyboard");
        Div list = new Div();
        list.addClassName("goldset-keys");
        for (String[] key : KEYS) {
            Div row = new Div(kbd(key[0]), new Span(" " + key[1]));
            list.add(row);
        }
        Div eventKeys = new Div();
        eventKeys.addClassName("goldset-keys");
        eventKeys.getStyle().set("margin-top", "var(--lumo-space-m)");
        eventKeys.add(new Div(new Span("Events tab")));
        for (String[] key : EVENT_KEYS) {
            eventKeys.add(new Div(kbd(key[0]), new Span(" " + key[1])));
        }
        Div labels = new Div();
        for (EntityType type : schema.entityTypes()) {
            labels.add(new Div(kbd(type.hotkey()), new Span(" " + type.name() + " — " + type.description())));
        }
        labels.addClassName("goldset-keys");
        labels.getStyle().set("margin-top", "var(--lumo-space-m)");
        dialog.add(list, eventKeys, labels);
        dialog.getFooter().add(new Button("Close", click -> dialog.close()));
        dialog.open();
        return dialog;
    }

    private static Span kbd(String key) {
        Span kbd = new Span(key);
        kbd.getElement().getStyle().set("font-weight", "600");
        kbd.addClassName("goldset-kbd");
        return kbd;
    }
}
