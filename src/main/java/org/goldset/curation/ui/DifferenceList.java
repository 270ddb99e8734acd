package org.goldset.curation.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dataview.GridListDataView;
import org.goldset.base.ui.LatestRowRefresh;
import org.goldset.curation.CurationSheet.Item;

/**
 * Every difference of the document (and, with "Show agreed", everything agreed), in text order: its
 * state, what it is, and each analyst's version. When an action leaves the same items listed, only
 * the rows that changed are redrawn, from their latest state (a choice and its undo can arrive in
 * one request: see {@link LatestRowRefresh}), and the list keeps its scroll position.
 */
final class DifferenceList extends Grid<Item> {

    private List<Item> shown = new ArrayList<>();
    private GridListDataView<Item> view;
    private final LatestRowRefresh<Item, String> redraw = new LatestRowRefresh<>(this,
            key -> shown.stream().filter(item -> item.key().equals(key)).findFirst());

    DifferenceList() {
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        addClassName("goldset-difference-list");
        addColumn(item -> DifferenceCard.stateText(item.state()).split(",|:")[0]).setHeader("State")
                .setWidth("9rem").setFlexGrow(0).setPartNameGenerator(item -> "gs-state-" + item.state().name());
        addColumn(item -> switch (item.kind()) {
            case ENTITIES -> "entities";
            case EVENT -> "event";
            case POSITION -> "  ↳ " + item.role();
        }).setHeader("What").setWidth("8rem").setFlexGrow(0);
        addColumn(item -> String.join(" | ", item.rows().getFirst().cells())).setHeader("Versions (1 | 2 | …)")
                .setFlexGrow(1).setTooltipGenerator(item -> String.join(" | ", item.rows().getFirst().cells()));
        setHeight("40%");
    }

    void show(List<Item> items) {
        boolean sameItems = view != null && shown.size() == items.size()
                && IntStream.range(0, items.size()).allMatch(i -> shown.get(i).key().equals(items.get(i).key()));
        if (!sameItems) {
            shown = new ArrayList<>(items);
            view = setItems(shown);
            view.setIdentifierProvider(Item::key);
            redraw.itemsSet(view);
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            if (!shown.get(i).equals(items.get(i))) {
                shown.set(i, items.get(i));
                redraw.refresh(items.get(i).key());
            }
        }
    }
}
