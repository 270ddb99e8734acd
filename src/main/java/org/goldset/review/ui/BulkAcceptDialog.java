package org.goldset.review.ui;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import org.goldset.annotation.AnnotationStatus;
import org.goldset.annotation.EntityMention;
import org.goldset.text.TextOffsets;

/**
 * "Accept all pending of this label / engine", with a preview of exactly what will change before
 * anything does. The accepted set is undone as one step.
 */
final class BulkAcceptDialog {

    static final String ANY = "any";
    private static final int PREVIEW_ROWS = 12;

    private BulkAcceptDialog() {
    }

    static Dialog open(List<EntityMention> mentions, TextOffsets text, Consumer<List<EntityMention>> accept) {
        List<EntityMention> pending = mentions.stream().filter(m -> m.getStatus() == AnnotationStatus.PENDING).toList();
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Accept all pending…");
        Select<String> label = new Select<>();
        label.setLabel("Label");
        label.setItems(Stream.concat(Stream.of(ANY), pending.stream().map(EntityMention::getLabel).distinct().sorted()).toList());
        label.setValue(ANY);
        Select<String> engine = new Select<>();
        engine.setLabel("Engine");
        engine.setItems(Stream.concat(Stream.of(ANY), pending.stream().map(m -> m.getOrigin().getEngineId())
                .filter(id -> id != null).distinct().sorted()).toList());
        engine.setValue(ANY);
        Div preview = new Div();
        preview.getStyle().set("min-height", "14em").set("font-size", "var(--lumo-font-size-s)");
        Button confirm = new Button();
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        Runnable refresh = () -> {
            List<EntityMention> chosen = choose(pending, label.getValue(), engine.getValue());
            preview.removeAll();
            chosen.stream().limit(PREVIEW_ROWS).forEach(m -> preview.add(new Div(new Span(m.getLabel() + "  "),
                    new Span(text.slice(m.getSpan().start(), m.getSpan().end())))));
            if (chosen.size() > PREVIEW_ROWS) {
                preview.add(new Div(new Span("… and " + (chosen.size() - PREVIEW_ROWS) + " more")));
            }
            confirm.setText("Accept " + chosen.size());
            confirm.setEnabled(!chosen.isEmpty());
        };
        label.addValueChangeListener(change -> refresh.run());
        engine.addValueChangeListener(change -> refresh.run());
        confirm.addClickListener(click -> {
            dialog.close();
            accept.accept(choose(pending, label.getValue(), engine.getValue()));
        });
        refresh.run();
        dialog.add(new HorizontalLayout(label, engine), preview);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), confirm);
        dialog.setWidth("32em");
        dialog.open();
        return dialog;
    }

    static List<EntityMention> choose(List<EntityMention> pending, String label, String engine) {
        return pending.stream()
                .filter(m -> ANY.equals(label) || m.getLabel().equals(label))
                .filter(m -> ANY.equals(engine) || engine.equals(m.getOrigin().getEngineId()))
                .toList();
    }
}
