package org.goldset.review.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import org.goldset.annotation.AnnotationStatus;
import org.goldset.annotation.Event;
import org.goldset.annotation.EventArgument;
import org.goldset.schema.AnnotationSchema;
import org.goldset.schema.EventAttribute;
import org.goldset.schema.EventType;
import org.goldset.schema.RoleDefinition;
import org.goldset.text.TextOffsets;

/**
 * One event card: the header (type, trigger, modality, CAMEO, status and its buttons) and one row
 * per role of the type with its argument chips; empty roles too, each with a button to fill it. An
 * argument whose entity was rejected is drawn as broken. Clicks go to the {@link EventCards.Actions}.
 */
final class EventCard {

    private final AnnotationSchema schema;
    private final EventCards.Actions actions;

    EventCard(AnnotationSchema schema, EventCards.Actions actions) {
        this.schema = schema;
        this.actions = actions;
    }

    /** The arguments of an event in the order the card shows them: by the type's roles, then others. */
    static List<EventArgument> argumentsInOrder(Event event, AnnotationSchema schema) {
        List<String> roles = schema.eventType(event.getType()).map(EventType::roles).orElse(List.of()).stream()
                .map(RoleDefinition::name).toList();
        List<EventArgument> ordered = new ArrayList<>(event.getArguments());
        ordered.sort(Comparator.comparingInt((EventArgument argument) -> {
            int index = roles.indexOf(argument.getRole());
            return index < 0 ? roles.size() : index;
        }).thenComparingInt(argument -> argument.getEntity().getSpan().start()));
        return ordered;
    }

    /** Draws the card of {@code events.get(index)}; its header and argument chips go into {@code parts}, in cursor order. */
    Div card(List<Event> events, int index, TextOffsets text, EventCards.Cursor cursor, List<HasStyle> parts) {
        Event event = events.get(index);
        boolean current = index == cursor.eventIndex();
        Div card = new Div();
        card.addClassNames("gs-event-card", "gs-status-" + event.getStatus().name());
        card.getElement().setAttribute("data-event-id", String.valueOf(event.getId()));
        schema.eventType(event.getType()).ifPresent(type -> card.getStyle().set("--gs-colour", type.colour()));
        if (current) {
            card.addClassName("gs-current");
        }
        card.addClickListener(click -> actions.moveTo(index, current ? cursor.part() : 0));
        Div header = header(events, index, text, current && cursor.part() == 0);
        parts.add(header);
        card.add(header);

        List<EventArgument> arguments = argumentsInOrder(event, schema);
        Div[] chips = new Div[arguments.size()];
        List<RoleDefinition> roles = schema.eventType(event.getType()).map(EventType::roles).orElse(List.of());
        for (RoleDefinition role : roles) {
            boolean armed = event.getId().equals(cursor.armedEventId()) && role.name().equals(cursor.armedRole());
            card.add(roleRow(index, role.name(), arguments, chips, text, current ? cursor.part() : -1, armed, true));
        }
        arguments.stream().map(EventArgument::getRole).distinct()
                .filter(role -> roles.stream().noneMatch(definition -> definition.name().equals(role)))
                .forEach(role -> card.add(roleRow(index, role, arguments, chips, text, current ? cursor.part() : -1,
                        false, false)));
        parts.addAll(List.of(chips));
        return card;
    }

    private Div header(List<Event> events, int index, TextOffsets text, boolean currentPart) {
        Event event = events.get(index);
        Span type = new Span(event.getType());
        type.addClassName("gs-event-type");
        Span trigger = new Span("“" + text.slice(event.getTrigger().start(), event.getTrigger().end()) + "”");
        trigger.addClassName("gs-event-trigger");
        Div header = new Div(type, trigger);
        String modality = EventAttributes.text(event, EventAttribute.MODALITY);
        if (!modality.isEmpty() && !modality.equals("asserted")) {
            header.add(note(modality));
        }
        String cameo = EventAttributes.text(event, EventAttribute.CAMEO);
        if (!cameo.isEmpty()) {
            header.add(note("CAMEO " + cameo));
        }
        List<Event> group = EventAttributes.sameGroup(events, event);
        if (group.size() > 1) {
            // The card names the other mentions, so the analyst sees what one a / r decides (s splits).
            String others = group.stream().filter(other -> !other.getId().equals(event.getId()))
                    .map(other -> "“" + text.slice(other.getTrigger().start(), other.getTrigger().end()) + "”")
                    .collect(java.util.stream.Collectors.joining(", "));
            Span together = note(group.size() + " mentions: also " + others);
            together.addClassName("gs-group-mentions");
            together.setTitle("The same event mentioned " + group.size() + " times: accepting or rejecting one "
                    + "decides all its pending mentions. s splits this one off.");
            header.add(together);
        }
        Span status = new Span(event.getStatus().name().toLowerCase(Locale.ROOT));
        status.addClassNames("gs-event-status", "gs-status-" + event.getStatus().name());
        header.add(status,
                button("✓", "Accept event (a)", () -> actions.decideEvent(index, AnnotationStatus.ACCEPTED)));
        long pendingArguments = event.getArguments().stream()
                .filter(argument -> argument.getStatus() == AnnotationStatus.PENDING).count();
        if (pendingArguments > 0) {
            // Accepting an event leaves its suggested arguments pending (out of the gold): the card says so.
            NativeButton withArguments = button("✓+" + pendingArguments, "Accept event with its " + pendingArguments
                    + " pending argument(s) and their entities (Shift+A)", () -> actions.acceptWithArguments(index));
            withArguments.addClassName("gs-accept-with-arguments");
            header.add(withArguments);
        }
        header.add(
                button("✕", "Reject event (r)", () -> actions.decideEvent(index, AnnotationStatus.REJECTED)),
                button("⇄", "Change the type (t, or Shift+number)", () -> actions.retype(index)));
        header.addClassName("gs-event-header");
        if (currentPart) {
            header.addClassName("gs-current-part");
        }
        return header;
    }

    private Div roleRow(int index, String role, List<EventArgument> arguments, Div[] chips, TextOffsets text,
                        int currentPart, boolean armed, boolean inSchema) {
        Span name = new Span(inSchema ? role : role + " (not a role of this type)");
        name.addClassName("gs-role-name");
        Div row = new Div(name);
        row.addClassName("gs-role-row");
        row.getElement().setAttribute("data-role", role);
        if (armed) {
            row.addClassName("gs-armed");
        }
        for (int part = 1; part <= arguments.size(); part++) {
            EventArgument argument = arguments.get(part - 1);
            if (argument.getRole().equals(role)) {
                chips[part - 1] = chip(index, argument, text, part == currentPart);
                row.add(chips[part - 1]);
            }
        }
        if (inSchema) {
            NativeButton add = button("+", "Fill " + role + ": then click an entity in the text (g)",
                    () -> actions.arm(index, role, null));
            add.addClassName("gs-add-role");
            row.add(add);
        }
        return row;
    }

    private Div chip(int index, EventArgument argument, TextOffsets text, boolean current) {
        Span entity = new Span(text.slice(argument.getEntity().getSpan().start(), argument.getEntity().getSpan().end()));
        Div chip = new Div(entity,
                button("✓", "Accept argument (a)",
                        () -> actions.decideArgument(index, argument, AnnotationStatus.ACCEPTED)),
                button("✕", "Reject argument (r)",
                        () -> actions.decideArgument(index, argument, AnnotationStatus.REJECTED)),
                button("⇄", "Change the entity (c)", () -> actions.arm(index, argument.getRole(), argument)));
        chip.addClassNames("gs-argument", "gs-status-" + argument.getStatus().name());
        chip.setTitle(argument.getEntity().getLabel() + " · " + argument.getStatus().name().toLowerCase(Locale.ROOT));
        if (current) {
            chip.addClassName("gs-current-part");
        }
        if (argument.getEntity().getStatus() == AnnotationStatus.REJECTED) {
            chip.addClassName("gs-broken");
            chip.setTitle("Its entity was rejected: change the entity (c) or reject this argument (r)");
        }
        return chip;
    }

    private static Span note(String text) {
        Span note = new Span(text);
        note.addClassName("gs-event-note");
        return note;
    }

    /**
     * A small action on a card: a plain button with a glyph and a native tooltip. A long article has
     * hundreds of cards; Vaadin buttons with their own tooltip elements made redrawing one card cost
     * tens of milliseconds in the browser.
     */
    private static NativeButton button(String glyph, String label, Runnable action) {
        NativeButton button = new NativeButton(glyph, click -> action.run());
        button.addClassName("gs-card-action");
        button.getElement().setAttribute("aria-label", label);
        button.getElement().setAttribute("title", label);
        // A button's click must not also move the cursor through the card's own click listener.
        button.getElement().addEventListener("click", ignored -> { }).stopPropagation();
        return button;
    }
}
