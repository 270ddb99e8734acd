package org.goldset.review.ui;

import java.util.List;
import java.util.stream.Stream;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.goldset.annotation.AnnotationStatus;
import org.goldset.base.ui.TypedKeys;
import org.goldset.corpus.DocumentStatus;
import org.goldset.review.listing.AnnotationFilter;
import org.goldset.review.listing.DocumentQuery;

/**
 * The documents list's search and filters: words anywhere in ids, titles, outlets and article text;
 * the review status; and "containing" an annotation of a label or from an engine, with a decision and
 * words in its text. The decision and words refine a label or engine, so they appear once one is
 * chosen (alone they would have to read every annotation).
 */
class DocumentFilters extends HorizontalLayout {

    static final String ANY_STATUS = "Any status";
    static final String ANY_ANNOTATION = "Any annotation";
    static final String ANY_DECISION = "Any decision";
    static final String ANY_ENGINE = "Any engine";

    private final TextField search = new TextField();
    private final Select<DocumentStatus> status = new Select<>();
    private final Select<AnnotationFilter.Label> label = new Select<>();
    private final Select<AnnotationStatus> decision = new Select<>();
    private final TextField coveredText = new TextField();
    private final Select<String> engine = new Select<>();

    DocumentFilters(List<AnnotationFilter.Label> labels, Runnable onChange) {
        search.setPlaceholder("Search ids, titles and text");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setAriaLabel("Search");
        search.setTooltipText("Every word must occur; a word finds the words it starts; \"quotes\" find a phrase");
        search.setWidth("min(22em, 100%)");
        coveredText.setPlaceholder("Annotation text");
        coveredText.setAriaLabel("Annotation text");
        coveredText.setTooltipText("Only annotations whose text contains these words");
        coveredText.setWidth("11em");
        Stream.of(search, coveredText).forEach(field -> {
            field.setClearButtonVisible(true);
            field.setValueChangeMode(ValueChangeMode.LAZY);
            TypedKeys.stayIn(field);
            field.addValueChangeListener(change -> onChange.run());
        });

        status.setItems(DocumentStatus.values());
        anyAllowed(status, ANY_STATUS, DocumentsView::label, "Status", "9em");
        label.setItems(labels);
        anyAllowed(label, ANY_ANNOTATION, DocumentFilters::labelName, "Containing", "12em");
        decision.setItems(AnnotationStatus.values());
        anyAllowed(decision, ANY_DECISION, DocumentFilters::decisionName, "Decision", "10em");
        anyAllowed(engine, ANY_ENGINE, name -> name, "Engine", "11em");
        Stream.of(status, label, decision, engine).forEach(select -> select.addValueChangeListener(change -> {
            refineOnlyWithAnAnnotation();
            onChange.run();
        }));
        refineOnlyWithAnAnnotation();
        search.setId("documents-search");
        status.setId("documents-status");
        label.setId("documents-label");
        decision.setId("documents-decision");
        coveredText.setId("documents-annotation-text");
        engine.setId("documents-engine");

        Span containing = new Span("containing");
        containing.addClassName("goldset-filter-word");
        add(search, status, containing, label, decision, coveredText, engine);
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        setWrap(true);
        setWidthFull();
    }

    /** The engines the engine filter offers, keeping the choice when it is still among them. */
    void setEngines(List<String> engines) {
        String chosen = engine.getValue();
        engine.setItems(engines);
        engine.setValue(engines.contains(chosen) ? chosen : null);
    }

    /** The documents these filters select. */
    DocumentQuery query() {
        AnnotationFilter annotation = label.getValue() == null && engine.getValue() == null ? null
                : new AnnotationFilter(label.getValue(), decision.getValue(), coveredText.getValue(), engine.getValue());
        String words = search.getValue().isBlank() ? null : search.getValue();
        return new DocumentQuery(words, status.getValue(), annotation);
    }

    /** Whether any filter narrows the list. */
    boolean narrows() {
        DocumentQuery query = query();
        return query.search() != null || query.status() != null || query.annotation() != null;
    }

    private void refineOnlyWithAnAnnotation() {
        boolean annotation = label.getValue() != null || engine.getValue() != null;
        decision.setVisible(annotation);
        coveredText.setVisible(annotation);
    }

    /** A select whose empty choice, shown as {@code any}, means no filter. */
    private static <T> void anyAllowed(Select<T> select, String any, ItemLabelGenerator<T> names, String ariaLabel,
                                       String width) {
        select.setItemLabelGenerator(item -> item == null ? any : names.apply(item));
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(any);
        select.setPlaceholder(any);
        select.setAriaLabel(ariaLabel);
        select.setWidth(width);
    }

    private static String labelName(AnnotationFilter.Label label) {
        return label.kind() == AnnotationFilter.Kind.EVENT ? label.name() + " event" : label.name();
    }

    private static String decisionName(AnnotationStatus status) {
        return switch (status) {
            case PENDING -> "Pending";
            case ACCEPTED -> "Accepted";
            case REJECTED -> "Rejected";
        };
    }
}
