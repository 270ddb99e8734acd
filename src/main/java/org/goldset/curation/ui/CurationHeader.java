package org.goldset.curation.ui;

import java.util.Locale;
import java.util.stream.IntStream;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.goldset.corpus.DocumentStatus;
import org.goldset.curation.CurationSheet;
import tools.jackson.databind.JsonNode;

/**
 * The curation screen's header: back to the queue, the document, its analysts numbered (the keys
 * that take their versions), how many differences are open, how far its analysts agree, and the
 * screen's buttons.
 */
final class CurationHeader extends HorizontalLayout {

    private final H2 title = new H2();
    private final Span legend = new Span();
    private final Span progress = new Span();
    /** How far this document's analysts agree (decision 018), all pairs pooled: what the curator is up against. */
    private final Span figures = new Span();
    private final Checkbox showAgreed = new Checkbox("Show agreed");
    private final Button undo;
    private final Button finish;

    CurationHeader(Runnable showKeys, Runnable undoAction, Runnable finishAction, Runnable showAgreedChanged) {
        Anchor back = new Anchor("curation", "← Curation queue");
        legend.addClassName("goldset-curation-legend");
        progress.addClassName("goldset-curation-progress");
        figures.addClassName("goldset-curation-figures");
        figures.getElement().setAttribute("title",
                "This document's analysts, all pairs pooled (the Agreement screen has the definitions)");
        showAgreed.addValueChangeListener(change -> showAgreedChanged.run());
        Button keys = new Button("Keys ?", click -> showKeys.run());
        keys.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        undo = new Button("Undo", click -> undoAction.run());
        undo.addThemeVariants(ButtonVariant.LUMO_SMALL);
        undo.setTooltipText("Ctrl+Z");
        finish = new Button("Finish…", click -> finishAction.run());
        finish.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        finish.setTooltipText("f");
        add(back, title, legend, progress, figures, showAgreed, keys, undo, finish);
        addClassName("goldset-curation-header");
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        setWidthFull();
        setFlexGrow(1, title);
    }

    void show(CurationSheet sheet, boolean canUndo) {
        title.setText(sheet.title());
        legend.setText(String.join(" · ", IntStream.range(0, sheet.analysts().size())
                .mapToObj(n -> (n + 1) + " " + sheet.analysts().get(n)).toList()));
        progress.setText(sheet.open() + " open · " + sheet.differences() + " differences"
                + (sheet.status() == DocumentStatus.DONE ? " · gold" : ""));
        finish.setEnabled(sheet.status() != DocumentStatus.DONE);
        undo.setEnabled(canUndo);
    }

    boolean showsAgreed() {
        return showAgreed.getValue();
    }

    /** The document's agreement figures ({@code overall} of its agreement report). */
    void showAgreement(JsonNode overall) {
        figures.setText(overall.get("pairs").asInt() == 0 ? "" : "agreement F1: entities "
                + figure(overall.get("entities").get("f1_exact")) + " · triggers " + figure(overall.get("triggers").get("f1"))
                + " · arguments " + figure(overall.get("arguments").get("f1")));
    }

    private static String figure(JsonNode value) {
        return value == null || value.isNull() ? "–" : String.format(Locale.ENGLISH, "%.2f", value.asDouble());
    }
}
