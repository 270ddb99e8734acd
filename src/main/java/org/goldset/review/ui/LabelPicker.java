package org.goldset.review.ui;

import java.util.function.Consumer;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import org.goldset.schema.AnnotationSchema;

/**
 * Asks what a selected stretch of text is: an entity (press its number) or the trigger of an event
 * (press Shift and the event type's number). Escape cancels.
 */
final class LabelPicker {

    private LabelPicker() {
    }

    static Dialog open(AnnotationSchema schema, String selectedText, Consumer<String> entityLabel,
                       Consumer<String> eventType) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("“" + abbreviate(selectedText) + "” is…");
        ChoiceButtons entities = new ChoiceButtons(dialog, schema.entityTypes().stream()
                .map(type -> new ChoiceButtons.Choice(type.name(), type.colour(), type.hotkey())).toList(),
                "data-label", chosen -> {
                    dialog.close();
                    entityLabel.accept(chosen);
                });
        ChoiceButtons events = new ChoiceButtons(dialog, schema.eventTypes().stream()
                .map(type -> new ChoiceButtons.Choice(type.name(), type.colour(), type.hotkey())).toList(),
                "data-event-type", chosen -> {
                    dialog.close();
                    eventType.accept(chosen);
                });
        Span eventsTitle = new Span("…or the trigger of an event:");
        eventsTitle.getStyle().set("display", "block").set("margin-top", "var(--lumo-space-m)");
        dialog.add(new Span("an entity (press a number or click a label):"), entities, eventsTitle, events);
        dialog.setWidth("40em");
        dialog.open();
        return dialog;
    }

    static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "…";
    }
}
