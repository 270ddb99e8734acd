package org.goldset.agreement.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.goldset.agreement.Agreement;
import org.goldset.base.ui.MainLayout;
import tools.jackson.databind.JsonNode;

/**
 * How far the analysts agree (decision 018): a line per pair of analysts and one for all pairs, the
 * chosen pair's figures per label, and its disagreements, one click away.
 */
@RolesAllowed("CURATOR")
@Route(value = "agreement", layout = MainLayout.class)
@PageTitle("Agreement · Goldset")
class AgreementView extends VerticalLayout {

    private static final int DISAGREEMENTS_SHOWN = 500;

    /** A line of the pairs grid: two analysts ("all pairs" for the pooled line) and their figures. */
    record PairLine(String a, String b, JsonNode figures) {

        String name() {
            return b == null ? "All pairs" : a + " · " + b;
        }
    }

    record LabelLine(String label, JsonNode figures) {
    }

    private final Agreement agreement;
    private final Select<Agreement.Documents> scope = new Select<>();
    private final Grid<PairLine> pairs = new Grid<>();
    private final Grid<LabelLine> labels = new Grid<>();
    private final Grid<Agreement.Disagreement> disagreements = new Grid<>();
    private final H3 detail = new H3();
    private final Span summary = new Span();

    AgreementView(Agreement agreement) {
        this.agreement = agreement;
        addClassName("goldset-agreement");
        setSizeFull();
        scope.setLabel("Documents");
        scope.setItems(Agreement.Documents.values());
        scope.setItemLabelGenerator(documents -> documents == Agreement.Documents.DONE
                ? "both analysts finished" : "both analysts have a layer");
        scope.setValue(Agreement.Documents.DONE);
        scope.setWidth("16rem");
        scope.addValueChangeListener(change -> load());
        summary.addClassName("goldset-corpus-summary");
        HorizontalLayout top = new HorizontalLayout(new H2("Agreement"), summary, scope);
        top.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        top.setWidthFull();
        top.setFlexGrow(1, summary);

        pairs.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        pairs.addColumn(PairLine::name).setHeader("Analysts").setWidth("9rem").setFlexGrow(1)
                .setTooltipGenerator(PairLine::name);
        pairs.addColumn(line -> line.figures().get("documents").asInt()).setHeader("Documents")
                .setTextAlign(ColumnTextAlign.END).setWidth("6rem").setFlexGrow(0);
        figure(pairs, "Entities F1", line -> line.figures().get("entities"), "f1_exact");
        figure(pairs, "overlap", line -> line.figures().get("entities"), "f1_overlap");
        figure(pairs, "α chars", line -> line.figures().get("entities"), "alpha");
        figure(pairs, "κ BIO", line -> line.figures().get("entities"), "kappa");
        figure(pairs, "Triggers F1", line -> line.figures().get("triggers"), "f1");
        figure(pairs, "Args F1", line -> line.figures().get("arguments"), "f1");
        figure(pairs, "complete", line -> line.figures().get("arguments"), "f1_complete");
        pairs.addColumn(line -> line.figures().get("arguments").get("incomplete").asLong() + " of "
                        + line.figures().get("arguments").get("positions").asLong())
                .setHeader("Incomplete").setTextAlign(ColumnTextAlign.END).setWidth("6rem").setFlexGrow(0)
                .setTooltipGenerator(line -> "argument positions where both have the event but one filled the role");
        pairs.setAllRowsVisible(true);
        pairs.addSelectionListener(selection -> selection.getFirstSelectedItem().ifPresent(this::show));

        labels.addThemeVariants(GridVariant.LUMO_COMPACT);
        labels.addColumn(LabelLine::label).setHeader("Label").setWidth("11rem").setFlexGrow(0);
        labels.addColumn(line -> line.figures().get("a").asLong() + " / " + line.figures().get("b").asLong())
                .setHeader("Mentions").setTextAlign(ColumnTextAlign.END).setWidth("8rem").setFlexGrow(0);
        figure(labels, "F1 exact", LabelLine::figures, "f1_exact");
        figure(labels, "F1 overlap", LabelLine::figures, "f1_overlap");
        figure(labels, "α chars", LabelLine::figures, "alpha");

        disagreements.addThemeVariants(GridVariant.LUMO_COMPACT);
        disagreements.addColumn(Agreement.Disagreement::title).setHeader("Document").setWidth("12rem").setFlexGrow(0)
                .setTooltipGenerator(Agreement.Disagreement::title);
        disagreements.addColumn(Agreement.Disagreement::kind).setHeader("Kind").setWidth("6rem").setFlexGrow(0);
        disagreements.addColumn(Agreement.Disagreement::what).setHeader("What").setFlexGrow(2)
                .setTooltipGenerator(Agreement.Disagreement::what);
        disagreements.addColumn(Agreement.Disagreement::ofA).setHeader("First").setKey("a").setFlexGrow(1);
        disagreements.addColumn(Agreement.Disagreement::ofB).setHeader("Second").setKey("b").setFlexGrow(1);

        // Per label above (a line per label), the pair's disagreements below, in the rest of the height.
        labels.setAllRowsVisible(true);
        labels.setWidth("40rem");
        labels.setMaxWidth("100%");
        disagreements.setMinHeight("16rem");
        add(top, pairs, detail, labels, disagreements);
        setFlexGrow(1, disagreements);
        load();
    }

    private void load() {
        JsonNode report = agreement.compute(scope.getValue()).toJson();
        List<PairLine> lines = new ArrayList<>();
        report.get("pairs").forEach(pair -> lines.add(new PairLine(pair.get("a").asString(), pair.get("b").asString(), pair)));
        if (!lines.isEmpty()) {
            lines.add(new PairLine(null, null, report.get("overall")));
        }
        pairs.setItems(lines);
        summary.setText(lines.isEmpty() ? "No document has two analysts' layers to compare yet."
                : String.format(Locale.ENGLISH, "%d %s · offsets in code points · counts pooled over documents",
                lines.size() - 1, lines.size() == 2 ? "pair" : "pairs"));
        lines.stream().findFirst().ifPresentOrElse(pairs::select, () -> {
            labels.setItems(List.of());
            disagreements.setItems(List.of());
            detail.setText("");
        });
    }

    private void show(PairLine line) {
        List<LabelLine> perLabel = new ArrayList<>();
        line.figures().get("entities").get("per_label").properties()
                .forEach(label -> perLabel.add(new LabelLine(label.getKey(), label.getValue())));
        labels.setItems(perLabel);
        if (line.b() == null) {
            detail.setText("All pairs: figures per label");
            disagreements.setItems(List.of());
            return;
        }
        List<Agreement.Disagreement> found = agreement.disagreements(line.a(), line.b(), scope.getValue(),
                DISAGREEMENTS_SHOWN);
        disagreements.getColumnByKey("a").setHeader(line.a());
        disagreements.getColumnByKey("b").setHeader(line.b());
        disagreements.setItems(found);
        detail.setText(line.name() + ": per label, and " + (found.size() == DISAGREEMENTS_SHOWN
                ? "the first " + DISAGREEMENTS_SHOWN + " disagreements" : found.size() + " disagreements"));
    }

    private static <T> void figure(Grid<T> grid, String header, java.util.function.Function<T, JsonNode> of, String name) {
        grid.addColumn(line -> {
            JsonNode value = of.apply(line).get(name);
            return value == null || value.isNull() ? "–" : String.format(Locale.ENGLISH, "%.3f", value.asDouble());
        }).setHeader(header).setTextAlign(ColumnTextAlign.END).setWidth("5.5rem").setFlexGrow(0);
    }
}
