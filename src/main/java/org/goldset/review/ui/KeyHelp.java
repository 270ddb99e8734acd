package org.goldset.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import org.goldset.schema.AnnotationSchema;
import org.goldset.schema.EntityType;
import org.goldset.schema.EventType;

/** The help overlay listing every key of the review screen. */
final class KeyHelp {

    static final String[][] KEYS = {
            {"j / ↓", "next annotation"}, {"k / ↑", "previous annotation"},
            {"a / Enter", "accept"}, {"r / x", "reject"}, {"Delete", "delete"},
            {"1 … 8", "change the label (see the legend)"},
            {"Alt+→ / Alt+←", "grow / shrink the end by a word"},
            {"Alt+Shift+← / Alt+Shift+→", "grow / shrink the start by a word"},
            {"b", "accept all pending of a label or engine, with a preview"},
            {"Shift+R", "reject this text as this label everywhere (pending only), with a preview"},
            {"select text", "add an annotation; then press its label key"},
            {"Ctrl+Z", "undo (says what it undid)"}, {"Ctrl+Shift+Z / Ctrl+Y", "redo"},
            {"i", "the story of the selected annotation: origin, then every decision, who and when"},
            {"Shift+D", "mark the document done and open the next (asks if some are still pending)"}, {"?", "this help"}};

    static final String[][] EVENT_KEYS = {
            {"e", "switch between entities and events"},
            {"j / k", "next / previous event"}, {"→ / ←  (l / h)", "move through the card: event, then each argument"},
            {"a / r", "accept / reject the event (all its mentions) or the argument (and its entity)"},
            {"Shift+A", "accept the event with all its pending arguments and their entities"},
            {"t  or  Shift+1 … 0", "change the event's type"},
            {"g", "fill a role: its number, then part of the entity's name, ↓ Enter (or click it in the text)"},
            {"c", "change the current argument's entity"},
            {"s", "split the event off its group: it is another event than its other mentions"},
            {"v", "new event: type the trigger word, ↓ Enter, then the type's key"},
            {"select text", "…then Shift+number marks it as an event's trigger"}};

    private KeyHelp() {
    }

    static Dialog open(AnnotationSchema schema) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Keyboard");
        Div entities = column("Entities tab (undo, Shift+D and ? work on both)", KEYS);
        for (EntityType type : schema.entityTypes()) {
            entities.add(row(type.hotkey(), type.name() + " — " + type.description()));
        }
        Div events = column("Events tab", EVENT_KEYS);
        for (EventType type : schema.eventTypes()) {
            events.add(row(type.hotkey(), type.name() + " — " + type.description()));
        }
        Div columns = new Div(entities, events);
        columns.addClassName("goldset-key-columns");
        dialog.add(columns);
        dialog.setWidth("min(72em, 95vw)");
        dialog.getFooter().add(new Button("Close", click -> dialog.close()));
        dialog.open();
        return dialog;
    }

    private static Div column(String title, String[][] keys) {
        H4 heading = new H4(title);
        heading.getStyle().set("margin", "0 0 var(--lumo-space-xs)");
        Div column = new Div(heading);
        column.addClassName("goldset-keys");
        for (String[] key : keys) {
            column.add(row(key[0], key[1]));
        }
        return column;
    }

    private static Div row(String key, String meaning) {
        return new Div(kbd(key), new Span(" " + meaning));
    }

    private static Span kbd(String key) {
        Span kbd = new Span(key);
        kbd.getElement().getStyle().set("font-weight", "600");
        kbd.addClassName("goldset-kbd");
        return kbd;
    }
}
