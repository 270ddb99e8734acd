package org.goldset.review.ui;

import java.util.function.Consumer;
import com.vaadin.flow.component.dialog.Dialog;
import org.goldset.schema.AnnotationSchema;

/** Key t on an event card: the schema's event types as buttons, each with its key. */
final class EventTypeDialog {

    private EventTypeDialog() {
    }

    static Dialog open(AnnotationSchema schema, String trigger, Consumer<String> chosen) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Type of “" + trigger + "”");
        dialog.add(new ChoiceButtons(dialog, schema.eventTypes().stream()
                .map(type -> new ChoiceButtons.Choice(type.name(), type.colour(), type.hotkey())).toList(),
                "data-event-type", type -> {
                    dialog.close();
                    chosen.accept(type);
                }));
        dialog.open();
        return dialog;
    }
}
