package org.goldset.review.ui;

import java.util.List;
import java.util.function.BiConsumer;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import org.goldset.schema.AnnotationSchema;
import org.goldset.text.Span;
import org.goldset.text.WordOccurrences;

/**
 * Marks an event the engines missed, from the keyboard: type the trigger word and press Enter, then
 * press the event type's key (Shift+number, as in the legend).
 */
final class NewEventDialog {

    private NewEventDialog() {
    }

    static Dialog open(AnnotationSchema schema, List<WordOccurrences.Word> words, BiConsumer<Span, String> create) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("New event");
        dialog.setWidth("34em");
        ComboBox<WordOccurrences.Word> trigger = new ComboBox<>("Trigger word");
        // Matches the word itself, not the context shown beside it.
        trigger.setItems((word, typed) -> word.word().toLowerCase(java.util.Locale.ROOT)
                .startsWith(typed.toLowerCase(java.util.Locale.ROOT)), words);
        trigger.setItemLabelGenerator(word -> word.word() + "  —  " + word.context());
        trigger.setPlaceholder("Type the word that names the event, e.g. strike");
        trigger.setWidthFull();
        trigger.addClassName("goldset-trigger-search");
        trigger.addValueChangeListener(change -> {
            if (change.getValue() == null) {
                return;
            }
            WordOccurrences.Word word = change.getValue();
            dialog.removeAll();
            com.vaadin.flow.component.html.Span chosen = new com.vaadin.flow.component.html.Span(
                    "“" + word.word() + "” — " + word.context() + ". Which type? Press its key.");
            dialog.add(chosen, new ChoiceButtons(dialog, schema.eventTypes().stream()
                    .map(type -> new ChoiceButtons.Choice(type.name(), type.colour(), type.hotkey())).toList(),
                    "data-event-type", type -> {
                        dialog.close();
                        create.accept(word.span(), type);
                    }));
        });
        dialog.add(trigger);
        dialog.open();
        trigger.focus();
        return dialog;
    }
}
