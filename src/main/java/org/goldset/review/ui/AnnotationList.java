package org.goldset.review.ui;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dataview.GridListDataView;
import com.vaadin.flow.data.renderer.LitRenderer;
import org.goldset.annotation.EntityMention;
import org.goldset.base.ui.LatestRowRefresh;
import org.goldset.schema.AnnotationSchema;
import org.goldset.text.TextOffsets;

/**
 * The annotations of the open document, grouped by label (in schema order) and in reading order
 * within a label, or in reading order only. Rows are replaced one by one after a decision and
 * redrawn from their latest state (see {@link LatestRowRefresh}: a click and a key arriving
 * together once left a row saying "pending" beside an accepted mark).
 */
class AnnotationList extends Grid<EntityMention> {

    private final AnnotationSchema schema;
    private List<EntityMention> rows = new ArrayList<>();
    private GridListDataView<EntityMention> view;
    private final LatestRowRefresh<EntityMention, Long> redraw = new LatestRowRefresh<>(this, this::row);
    private TextOffsets offsets = new TextOffsets("");
    private boolean groupedByLabel = true;
    /** The row the analyst is on. Not Grid selection: selecting redraws every visible row. */
    private EntityMention current;
    private java.util.function.Consumer<EntityMention> onCurrentChange = mention -> { };

    private static final DateTimeFormatter DECIDED_AT = DateTimeFormatter
            .ofPattern("d MMM yyyy HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    AnnotationList(AnnotationSchema schema) {
        this.schema = schema;
        addClassName("goldset-review-list");
        // The text wraps rather than being cut: it is what the analyst reads. Widths in rem, not em:
        // header cells use a smaller font, so em widths made headers and cells drift apart.
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        // Lit renderers, not components: a decision on a long list then costs the browser one row.
        addColumn(LitRenderer.<EntityMention>of(
                        "<span class=\"gs-label-badge\" style=\"background:${item.colour}\">${item.label}</span>")
                .withProperty("label", EntityMention::getLabel)
                .withProperty("colour", mention -> schema.entityType(mention.getLabel())
                        .map(type -> type.colour()).orElse("#888888")))
                .setHeader("Label").setWidth("6.5rem").setFlexGrow(0);
        addColumn(mention -> offsets.slice(mention.getSpan().start(), mention.getSpan().end()))
                .setHeader("Text").setWidth("6rem").setFlexGrow(1);
        // Who decided, and when, on hovering the status (the story, key i, has every step).
        addColumn(LitRenderer.<EntityMention>of(
                        "<span class=\"gs-status-${item.status}\" title=\"${item.decided}\">${item.statusText}</span>")
                .withProperty("status", mention -> mention.getStatus().name())
                .withProperty("statusText", mention -> mention.getStatus().name().toLowerCase(Locale.ROOT))
                .withProperty("decided", AnnotationList::decided))
                .setHeader("Status").setWidth("6rem").setFlexGrow(0);
        // Engine and score on one line: together they say where a suggestion came from.
        addColumn(LitRenderer.<EntityMention>of(
                        "<span class=\"gs-source\" title=\"${item.source} ${item.score}\">${item.source} <b>${item.score}</b></span>")
                .withProperty("source", mention -> mention.getOrigin().getEngineId() == null
                        ? mention.getOrigin().getKind().name().toLowerCase(Locale.ROOT) : mention.getOrigin().getEngineId())
                .withProperty("score", mention -> mention.getOrigin().getScore() == null ? ""
                        : String.format(Locale.ENGLISH, "%.2f", mention.getOrigin().getScore())))
                .setHeader("Source · score").setWidth("8.5rem").setFlexGrow(0);
        setSelectionMode(SelectionMode.NONE);
        setPartNameGenerator(mention -> current != null && mention.getId().equals(current.getId()) ? "current" : null);
        addItemClickListener(click -> {
            setCurrent(click.getItem());
            onCurrentChange.accept(click.getItem());
        });
        setSizeFull();
    }

    private static String decided(EntityMention mention) {
        String status = mention.getStatus().name().toLowerCase(Locale.ROOT);
        String by = mention.getReview().getDecidedBy();
        if (by == null) {
            return status + ", not decided by anyone yet";
        }
        Instant at = mention.getReview().getDecidedAt();
        return status + " by " + by + (at == null ? "" : ", " + DECIDED_AT.format(at));
    }

    void show(TextOffsets text, List<EntityMention> mentions) {
        offsets = text;
        current = current == null ? null : mentions.stream()
                .filter(m -> m.getId().equals(current.getId())).findFirst().orElse(null);
        rows = new ArrayList<>(mentions);
        showRows();
    }

    void setGroupedByLabel(boolean grouped) {
        groupedByLabel = grouped;
        showRows();
    }

    private void showRows() {
        rows.sort(order());
        view = setItems(rows);
        view.setIdentifierProvider(EntityMention::getId);
        redraw.itemsSet(view);
    }

    private Optional<EntityMention> row(long mentionId) {
        int index = indexOf(mentionId);
        return index < 0 ? Optional.empty() : Optional.of(rows.get(index));
    }

    /** Replaces one row in place (same position), so the analyst's place in the list stays put. */
    void replace(EntityMention mention) {
        int index = indexOf(mention.getId());
        if (index >= 0) {
            rows.set(index, mention);
            if (current != null && current.getId().equals(mention.getId())) {
                current = mention;
            }
            redraw.refresh(mention.getId());
        } else {
            rows.add(mention);
            showRows();
        }
    }

    void remove(long mentionId) {
        int index = indexOf(mentionId);
        if (index >= 0) {
            view.removeItem(rows.get(index));
        }
    }

    List<EntityMention> rows() {
        return List.copyOf(rows);
    }

    Optional<EntityMention> selected() {
        return Optional.ofNullable(current);
    }

    void onCurrentChange(java.util.function.Consumer<EntityMention> listener) {
        this.onCurrentChange = listener;
    }

    /** Moves the current-row mark: only the old and the new row are redrawn. */
    private void setCurrent(EntityMention mention) {
        EntityMention previous = current;
        current = row(mention.getId()).orElse(mention);
        if (previous != null) {
            redraw.refresh(previous.getId());
        }
        redraw.refresh(mention.getId());
    }

    int indexOf(long mentionId) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).getId() == mentionId) {
                return i;
            }
        }
        return -1;
    }

    boolean selectById(long mentionId) {
        int index = indexOf(mentionId);
        if (index < 0) {
            return false;
        }
        setCurrent(rows.get(index));
        // Scroll only when the row is out of sight: re-laying out the grid on every keystroke costs
        // more than the decision itself on long lists.
        getElement().executeJs("const first = this._firstVisibleIndex, last = this._lastVisibleIndex;"
                + " if (first === undefined || $0 <= first || $0 >= last) { this.scrollToIndex($0); }", index);
        return true;
    }

    private Comparator<EntityMention> order() {
        Comparator<EntityMention> reading = Comparator.comparingInt((EntityMention m) -> m.getSpan().start())
                .thenComparingInt(m -> m.getSpan().end());
        if (!groupedByLabel) {
            return reading;
        }
        List<String> labels = schema.entityTypes().stream().map(type -> type.name()).toList();
        return Comparator.comparingInt((EntityMention m) -> labels.indexOf(m.getLabel())).thenComparing(reading);
    }
}
