package org.goldset.review.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.shared.Registration;

/**
 * A row of buttons in a dialog, one per choice (a label, an event type, a role), each also chosen
 * by its key while the dialog is open. Choosing closes nothing: the caller decides what comes next.
 */
final class ChoiceButtons extends FlexLayout {

    /** One choice: its name, colour (or null) and key (or null). */
    record Choice(String name, String colour, String hotkey) {
    }

    private final List<Registration> keys = new ArrayList<>();

    ChoiceButtons(Dialog dialog, List<Choice> choices, String dataAttribute, Consumer<String> chosen) {
        setFlexWrap(FlexWrap.WRAP);
        getStyle().set("gap", "var(--lumo-space-s)");
        for (Choice choice : choices) {
            String caption = choice.hotkey() == null ? choice.name() : choice.hotkey() + "  " + choice.name();
            Button button = new Button(caption, click -> chosen.accept(choice.name()));
            if (choice.colour() != null) {
                button.getStyle().set("border-left", "4px solid " + choice.colour());
            }
            button.getElement().setAttribute(dataAttribute, choice.name());
            if (choice.hotkey() != null && !choice.hotkey().isBlank()) {
                // Listens on the whole page; the screen's own keys wait while one of its dialogs is open.
                keys.add(HotKey.parse(choice.hotkey()).register(dialog, button::click));
            }
            add(button);
        }
    }

    /** Stops listening to the keys, e.g. before the dialog asks for typed text. */
    void releaseKeys() {
        keys.forEach(Registration::remove);
        keys.clear();
    }
}
