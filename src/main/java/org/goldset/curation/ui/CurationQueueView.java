package org.goldset.curation.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.goldset.base.ui.MainLayout;
import org.goldset.curation.Curation;

/**
 * The curation queue (decision 019): every document whose analysts have finished and which waits
 * for a curator, the most open differences first, with its progress. Pages are fetched as the grid
 * scrolls, so the queue opens as fast with a hundred thousand documents as with five.
 */
@RolesAllowed("CURATOR")
@Route(value = "curation", layout = MainLayout.class)
@PageTitle("Curation · Goldset")
class CurationQueueView extends VerticalLayout {

    CurationQueueView(Curation curation) {
        addClassName("goldset-curation-queue");
        setSizeFull();
        Curation.QueueTotals totals = curation.queueTotals();
        Span summary = new Span(totals.documents() == 0 ? "Nothing waits for a curator."
                : totals.documents() + (totals.documents() == 1 ? " document waits" : " documents wait")
                + " for a curator · " + totals.open() + " of " + totals.differences() + " differences open");
        summary.addClassName("goldset-corpus-summary");
        HorizontalLayout top = new HorizontalLayout(new H2("Curation"), summary);
        top.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        Grid<Curation.QueueEntry> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(Curation.QueueEntry::documentId).setHeader("#").setWidth("5rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(Curation.QueueEntry::title).setHeader("Document").setFlexGrow(3)
                .setTooltipGenerator(Curation.QueueEntry::title);
        grid.addColumn(entry -> String.join(", ", entry.analysts())).setHeader("Analysts").setFlexGrow(1);
        grid.addColumn(Curation.QueueEntry::open).setHeader("Open").setWidth("6rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(Curation.QueueEntry::differences).setHeader("Differences").setWidth("8rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(new ComponentRenderer<>(entry -> {
            ProgressBar bar = new ProgressBar(0, Math.max(1, entry.differences()), entry.differences() - entry.open());
            bar.setWidth("8rem");
            return bar;
        })).setHeader("Progress").setWidth("10rem").setFlexGrow(0);
        grid.setItems(query -> curation.queue(query.getOffset(), query.getLimit()).stream());
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate("curate/" + click.getItem().documentId())));
        grid.setSizeFull();
        add(top, grid);
    }
}
