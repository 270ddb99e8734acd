package org.goldset.review.ui;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import org.goldset.annotation.EntityMention;
import org.goldset.schema.RoleDefinition;
import org.goldset.text.TextOffsets;

/**
 * Fills a role of an event: first the role (press its number; skipped when the role is known), then
 * the entity, typed into a search box that lists the entities the role takes, nearest to the trigger
 * first. The dialog is not modal: while it is open the role is armed, and clicking an entity in the
 * text fills it just the same.
 */
final class ArgumentPicker {

    private ArgumentPicker() {
    }

    static Dialog open(String title, List<RoleDefinition> roles, String knownRole, TextOffsets text,
                       Function<String, List<EntityMention>> candidates, java.util.function.Consumer<String> armed,
                       BiConsumer<String, EntityMention> chosen) {
        Dialog dialog = new Dialog();
        dialog.setModal(false);
        dialog.setDraggable(true);
        dialog.setHeaderTitle(title);
        dialog.setWidth("26em");
        dialog.setTop("4.5em");
        dialog.setLeft("calc(100vw - 28em)");
        dialog.addClassName("goldset-argument-picker");
        if (knownRole != null) {
            askForEntity(dialog, knownRole, text, candidates, armed, chosen);
        } else {
            Span hint = new Span("Which role? Press its number.");
            ChoiceButtons[] buttons = new ChoiceButtons[1];
            List<ChoiceButtons.Choice> choices = new java.util.ArrayList<>();
            for (int i = 0; i < roles.size(); i++) {
                choices.add(new ChoiceButtons.Choice(roles.get(i).name(), null, i < 9 ? String.valueOf(i + 1) : null));
            }
            buttons[0] = new ChoiceButtons(dialog, choices, "data-role", role -> {
                buttons[0].releaseKeys(); // the digits are the search box's from now on
                dialog.removeAll();
                askForEntity(dialog, role, text, candidates, armed, chosen);
            });
            dialog.add(hint, buttons[0]);
        }
        dialog.open();
        return dialog;
    }

    private static void askForEntity(Dialog dialog, String role, TextOffsets text,
                                     Function<String, List<EntityMention>> candidates,
                                     java.util.function.Consumer<String> armed, BiConsumer<String, EntityMention> chosen) {
        armed.accept(role);
        ComboBox<EntityMention> entity = new ComboBox<>(role);
        entity.setItems((mention, typed) -> text.slice(mention.getSpan().start(), mention.getSpan().end())
                .toLowerCase(java.util.Locale.ROOT).contains(typed.toLowerCase(java.util.Locale.ROOT)), candidates.apply(role));
        entity.setItemLabelGenerator(mention -> text.slice(mention.getSpan().start(), mention.getSpan().end())
                + " · " + mention.getLabel());
        entity.setPlaceholder("Type a name, or click it in the text");
        entity.setWidthFull();
        entity.addClassName("goldset-entity-search");
        entity.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                dialog.close();
                chosen.accept(role, change.getValue());
            }
        });
        dialog.add(entity);
        entity.focus();
    }
}
