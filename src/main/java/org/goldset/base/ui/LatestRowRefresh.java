package org.goldset.base.ui;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.dataview.GridListDataView;

/**
 * Redraws changed grid rows once, from their latest state, just before the server answers.
 *
 * <p>Why not {@code refreshItem} at once: Vaadin collects the items refreshed during a request in a
 * set and renders each of them when it answers. Two states of one row refreshed in one request (a
 * click and a key arriving together, a decision and its undo) were both sent, in no fixed order, and
 * the row could keep showing the older one: "pending" beside an accepted mark. Here a row is named
 * by its key, and only the state the list holds when the answer leaves is rendered.
 *
 * @param <T> the grid's item
 * @param <K> what names a row across its states (an id)
 */
public final class LatestRowRefresh<T, K> {

    private final Grid<T> grid;
    private final Function<K, Optional<T>> latest;
    private final Set<K> changed = new LinkedHashSet<>();
    private GridListDataView<T> view;

    /** {@code latest} finds the row's state the list holds now (empty once the row has left it). */
    public LatestRowRefresh(Grid<T> grid, Function<K, Optional<T>> latest) {
        this.grid = grid;
        this.latest = latest;
    }

    /** The grid was given new items: rows marked before belong to the old ones. */
    public void itemsSet(GridListDataView<T> newView) {
        view = newView;
        changed.clear();
    }

    /** The row named {@code key} changed: it is redrawn once, before this request's answer. */
    public void refresh(K key) {
        boolean first = changed.isEmpty();
        changed.add(key);
        if (first) {
            grid.getElement().getNode().runWhenAttached(ui -> ui.beforeClientResponse(grid, context -> flush()));
        }
    }

    private void flush() {
        if (view != null) {
            changed.forEach(key -> latest.apply(key).ifPresent(view::refreshItem));
        }
        changed.clear();
    }
}
