package org.goldset.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import org.goldset.annotation.AnnotationStatus;
import org.goldset.annotation.Event;
import org.goldset.annotation.EventArgument;
import org.goldset.base.TextOffsets;

/**
 * The document's events as cards: type, trigger, modality, and each role with its argument chip.
 * An argument whose entity was rejected is drawn as broken until it is fixed. First version: accept
 * and reject events and arguments by mouse (keyboard, retyping and role arming are still to come).
 */
class EventCards extends VerticalLayout {

    /** What a card asks the screen to do. */
    interface Actions {
        void decideEvent(Event event, AnnotationStatus status);

        void decideArgument(Event event, EventArgument argument, AnnotationStatus status);
    }

    private final Actions actions;

    EventCards(Actions actions) {
        this.actions = actions;
        setPadding(false);
        setSpacing(true);
        addClassName("goldset-event-cards");
    }

    void show(List<Event> events, TextOffsets text) {
        removeAll();
        if (events.isEmpty()) {
            add(new Span("No events suggested for this document."));
            return;
        }
        events.forEach(event -> add(card(event, text)));
    }

    private Div card(Event event, TextOffsets text) {
        Div card = new Div();
        card.addClassNames("gs-event-card", "gs-status-" + event.getStatus().name());
        Span type = new Span(event.getType());
        type.addClassName("gs-event-type");
        Span trigger = new Span("“" + text.slice(event.getTrigger().start(), event.getTrigger().end()) + "”");
        Span modality = new Span(unquote(event.getAttributesJson().getOrDefault("modality", "")));
        modality.addClassName("gs-event-modality");
        Span status = new Span(event.getStatus().name().toLowerCase(Locale.ROOT));
        status.addClassName("gs-status-" + event.getStatus().name());
        Div header = new Div(type, trigger, modality, status,
                button(VaadinIcon.CHECK, "Accept event", () -> actions.decideEvent(event, AnnotationStatus.ACCEPTED)),
                button(VaadinIcon.CLOSE, "Reject event", () -> actions.decideEvent(event, AnnotationStatus.REJECTED)));
        header.addClassName("gs-event-header");
        card.add(header);
        for (EventArgument argument : event.getArguments()) {
            card.add(chip(event, argument, text));
        }
        return card;
    }

    private Div chip(Event event, EventArgument argument, TextOffsets text) {
        boolean broken = argument.getEntity().getStatus() == AnnotationStatus.REJECTED;
        Span role = new Span(argument.getRole() + ":");
        role.addClassName("gs-role");
        Span entity = new Span(text.slice(argument.getEntity().getSpan().start(), argument.getEntity().getSpan().end()));
        Div chip = new Div(role, entity,
                button(VaadinIcon.CHECK, "Accept argument",
                        () -> actions.decideArgument(event, argument, AnnotationStatus.ACCEPTED)),
                button(VaadinIcon.CLOSE, "Reject argument",
                        () -> actions.decideArgument(event, argument, AnnotationStatus.REJECTED)));
        chip.addClassNames("gs-argument", "gs-status-" + argument.getStatus().name());
        if (broken) {
            chip.addClassName("gs-broken");
            chip.setTitle("Its entity was rejected: fix the entity or reject this argument");
        }
        return chip;
    }

    private static Button button(VaadinIcon icon, String label, Runnable action) {
        Button button = new Button(icon.create(), click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        return button;
    }

    private static String unquote(String json) {
        return json.length() >= 2 && json.startsWith("\"") ? json.substring(1, json.length() - 1) : json;
    }
}
