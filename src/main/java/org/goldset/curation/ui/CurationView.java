package org.goldset.curation.ui;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dataview.GridListDataView;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.goldset.annotation.AnnotationStatus;
import org.goldset.annotation.StaleAnnotationException;
import org.goldset.base.ui.AnnotatedText;
import org.goldset.base.ui.MainLayout;
import org.goldset.corpus.DocumentStatus;
import org.goldset.curation.Curation;
import org.goldset.curation.CurationSheet;
import org.goldset.curation.CurationSheet.Item;
import org.goldset.curation.CurationSheet.ItemKind;
import org.goldset.curation.CurationSheet.UnitKind;
import org.goldset.curation.CurationStep;
import org.goldset.schema.AnnotationSchema;

/**
 * The curation screen of one document (decision 019): the article with the gold's entities marked
 * (undecided ones dashed), the current difference with every analyst's version, and the list of
 * differences. From the keyboard: j / k the next and previous open difference, 1–9 take that
 * analyst's version (an event's card whole, or one argument position), r reject, l relabel, Ctrl+Z
 * undo, f finish. After each choice the next open difference comes up.
 */
@RolesAllowed("CURATOR")
@Route(value = "curate/:documentId", layout = MainLayout.class)
class CurationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Curation curation;
    private final AnnotationSchema schema;
    private final AnnotatedText text = new AnnotatedText();
    private final DifferenceCard card;
    private final Grid<Item> list = new Grid<>();
    private final Span progress = new Span();
    private final Span legend = new Span();
    private final H2 title = new H2();
    private final Checkbox showAgreed = new Checkbox("Show agreed");
    private final Button undoButton = new Button("Undo", click -> undo());
    private final Button finishButton = new Button("Finish…", click -> finish());
    private final Deque<CurationStep> steps = new ArrayDeque<>();

    private long documentId;
    private CurationSheet sheet;
    /** The marks the article shows, by gold id: what the next change is compared with. */
    private Map<Long, AnnotatedText.ShownSpan> marks;
    private List<Item> shownItems = new ArrayList<>();
    private GridListDataView<Item> listView;
    private String currentKey;

    CurationView(Curation curation, AnnotationSchema schema) {
        this.curation = curation;
        this.schema = schema;
        this.card = new DifferenceCard(this::take, this::reject, this::relabel);
        addClassName("goldset-curation");
        setSizeFull();
        setPadding(false);
        setSpacing(false);
        add(header(), body());
        keys();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String given = event.getRouteParameters().get("documentId").orElse("");
        Optional<CurationSheet> found = parse(given).flatMap(curation::sheet);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class, "Document \"" + given + "\" is not in curation: "
                    + "a document comes here when as many analysts as it needs have finished it.");
            return;
        }
        documentId = found.get().documentId();
        text.setText(found.get().text());
        show(found.get(), null);
    }

    @Override
    public String getPageTitle() {
        return (sheet == null ? "Curation" : "Curate: " + sheet.title()) + " · Goldset";
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        getParent().filter(MainLayout.class::isInstance).map(MainLayout.class::cast)
                .ifPresent(layout -> layout.setDrawerOpened(false));
    }

    private HorizontalLayout header() {
        Anchor back = new Anchor("curation", "← Curation queue");
        progress.addClassName("goldset-curation-progress");
        legend.addClassName("goldset-curation-legend");
        showAgreed.addValueChangeListener(change -> show(sheet, currentKey));
        undoButton.addThemeVariants(ButtonVariant.LUMO_SMALL);
        undoButton.setTooltipText("Ctrl+Z");
        finishButton.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        finishButton.setTooltipText("f");
        HorizontalLayout header = new HorizontalLayout(back, title, legend, progress, showAgreed, undoButton, finishButton);
        header.addClassName("goldset-curation-header");
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        header.setWidthFull();
        header.setFlexGrow(1, title);
        return header;
    }

    private SplitLayout body() {
        Scroller article = new Scroller(text);
        article.setSizeFull();
        article.getStyle().set("padding", "var(--lumo-space-m) var(--lumo-space-l)");
        text.addSpanClickListener(id -> sheet.items().stream().filter(item -> item.kind() == ItemKind.ENTITIES
                && item.units().stream().anyMatch(unit -> unit.goldId() == id)).findFirst()
                .ifPresent(item -> select(item.key())));

        list.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        list.addClassName("goldset-difference-list");
        list.addColumn(item -> DifferenceCard.stateText(item.state()).split(",|:")[0]).setHeader("State")
                .setWidth("9rem").setFlexGrow(0).setPartNameGenerator(item -> "gs-state-" + item.state().name());
        list.addColumn(item -> switch (item.kind()) {
            case ENTITIES -> "entities";
            case EVENT -> "event";
            case POSITION -> "  ↳ " + item.role();
        }).setHeader("What").setWidth("8rem").setFlexGrow(0);
        list.addColumn(item -> String.join(" | ", item.rows().getFirst().cells())).setHeader("Versions (1 | 2 | …)")
                .setFlexGrow(1).setTooltipGenerator(item -> String.join(" | ", item.rows().getFirst().cells()));
        list.addSelectionListener(selection -> selection.getFirstSelectedItem()
                .filter(item -> !item.key().equals(currentKey)).ifPresent(item -> select(item.key())));
        list.setHeight("40%");

        VerticalLayout side = new VerticalLayout(card, list);
        side.setSizeFull();
        side.setPadding(true);
        side.setFlexGrow(1, card);
        card.getStyle().set("overflow", "auto");
        SplitLayout split = new SplitLayout(article, side);
        split.setSizeFull();
        split.setSplitterPosition(52);
        return split;
    }

    private void keys() {
        Shortcuts.addShortcutListener(this, () -> move(1), Key.KEY_J);
        Shortcuts.addShortcutListener(this, () -> move(1), Key.ARROW_DOWN);
        Shortcuts.addShortcutListener(this, () -> move(-1), Key.KEY_K);
        Shortcuts.addShortcutListener(this, () -> move(-1), Key.ARROW_UP);
        Shortcuts.addShortcutListener(this, this::reject, Key.KEY_R);
        Shortcuts.addShortcutListener(this, this::relabel, Key.KEY_L);
        Shortcuts.addShortcutListener(this, this::finish, Key.KEY_F);
        Shortcuts.addShortcutListener(this, this::undo, Key.KEY_Z, KeyModifier.CONTROL);
        Shortcuts.addShortcutListener(this, this::undo, Key.KEY_Z, KeyModifier.META);
        for (int n = 1; n <= 9; n++) {
            int analyst = n;
            Shortcuts.addShortcutListener(this, () -> {
                if (sheet != null && analyst <= sheet.analysts().size()) {
                    take(sheet.analysts().get(analyst - 1));
                }
            }, Key.of(String.valueOf(n)), new KeyModifier[0]);
        }
    }

    /** Shows the sheet, with the item {@code key} current (or the first open one). */
    private void show(CurationSheet shown, String key) {
        sheet = shown;
        title.setText(shown.title());
        legend.setText(String.join(" · ", java.util.stream.IntStream.range(0, shown.analysts().size())
                .mapToObj(n -> (n + 1) + " " + shown.analysts().get(n)).toList()));
        progress.setText(shown.open() + " open · " + shown.differences() + " differences"
                + (shown.status() == DocumentStatus.DONE ? " · gold" : ""));
        finishButton.setEnabled(shown.status() != DocumentStatus.DONE);
        undoButton.setEnabled(!steps.isEmpty());
        showMarks(shown);
        showList(listed());
        select(key != null && shown.item(key).isPresent() ? key
                : listed().stream().filter(Item::isOpen).findFirst().map(Item::key).orElse(null));
    }

    /**
     * The gold's entities in the article; after the first time only the marks that changed are sent
     * (an action changes a handful of 3,000), which keeps a choice close to a bare round trip.
     */
    private void showMarks(CurationSheet shown) {
        Map<Long, AnnotatedText.ShownSpan> now = new LinkedHashMap<>();
        shown.units().stream().filter(unit -> unit.kind() == UnitKind.ENTITY && unit.status() != AnnotationStatus.REJECTED)
                .forEach(unit -> now.put(unit.goldId(), new AnnotatedText.ShownSpan(unit.goldId(), unit.span(),
                        unit.label(), unit.status().name(), colour(unit.label()))));
        if (marks == null) {
            text.setSpans(List.copyOf(now.values()));
        } else {
            List<AnnotatedText.ShownSpan> changed = now.values().stream()
                    .filter(span -> !span.equals(marks.get(span.id()))).toList();
            List<Long> removed = marks.keySet().stream().filter(id -> !now.containsKey(id)).toList();
            if (!changed.isEmpty() || !removed.isEmpty()) {
                text.updateSpans(changed, removed);
            }
        }
        marks = now;
    }

    /** The differences list; when the same items are listed again, only the rows that changed are redrawn. */
    private void showList(List<Item> items) {
        boolean sameItems = listView != null && shownItems.size() == items.size()
                && java.util.stream.IntStream.range(0, items.size())
                .allMatch(i -> shownItems.get(i).key().equals(items.get(i).key()));
        if (!sameItems) {
            shownItems = new ArrayList<>(items);
            listView = list.setItems(shownItems);
            listView.setIdentifierProvider(Item::key);
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            if (!shownItems.get(i).equals(items.get(i))) {
                shownItems.set(i, items.get(i));
                listView.refreshItem(items.get(i));
            }
        }
    }

    private List<Item> listed() {
        return sheet.items().stream().filter(item -> showAgreed.getValue() || item.state() != CurationSheet.State.AGREED)
                .toList();
    }

    private void select(String key) {
        currentKey = key;
        Item item = key == null ? null : sheet.item(key).orElse(null);
        List<Item> positions = item == null || item.kind() != ItemKind.EVENT ? List.of()
                : sheet.items().stream().filter(other -> item.key().equals(other.parentKey())).toList();
        card.show(sheet, item, positions);
        if (item == null) {
            list.deselectAll();
            text.setEventFocus(null);
            return;
        }
        if (!list.getSelectedItems().contains(item)) {
            list.select(item);
        }
        list.scrollToItem(item);
        if (item.kind() == ItemKind.ENTITIES) {
            text.setEventFocus(null);
            text.setSelectedId(item.units().getFirst().goldId());
        } else {
            List<Item> shownPositions = item.kind() == ItemKind.POSITION ? List.of(item) : positions;
            text.setEventFocus(new AnnotatedText.EventFocus(item.span(), shownPositions.stream()
                    .flatMap(position -> position.units().stream()
                            .map(unit -> new AnnotatedText.RoleMark(unit.span(), position.role()))).toList()));
        }
    }

    /** The next (+1) or previous (−1) open difference, or any item with “Show agreed”. */
    private void move(int direction) {
        List<Item> items = listed();
        int at = currentKey == null ? -1 : indexOf(items, currentKey);
        for (int i = at + direction; i >= 0 && i < items.size(); i += direction) {
            if (showAgreed.getValue() || items.get(i).isOpen()) {
                select(items.get(i).key());
                return;
            }
        }
        Notification.show(direction > 0 ? "No more open differences below" : "No open differences above", 2000,
                Notification.Position.BOTTOM_CENTER);
    }

    private static int indexOf(List<Item> items, String key) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private void take(String analyst) {
        act(() -> curation.take(documentId, currentKey, analyst));
    }

    private void reject() {
        act(() -> curation.reject(documentId, currentKey));
    }

    private void relabel() {
        Item item = currentKey == null ? null : sheet.item(currentKey).orElse(null);
        if (item == null || item.kind() != ItemKind.ENTITIES) {
            Notification.show("Relabel works on entities: go to an entity difference first", 2500,
                    Notification.Position.BOTTOM_CENTER);
            return;
        }
        CurationSheet.Unit unit = item.units().stream().filter(u -> u.status() == AnnotationStatus.ACCEPTED).findFirst()
                .orElse(item.units().getFirst());
        RelabelDialog.open(schema, unit, label -> act(() -> curation.relabel(documentId, unit.goldId(), label)));
    }

    private void undo() {
        if (steps.isEmpty()) {
            Notification.show("Nothing to undo", 1500, Notification.Position.BOTTOM_CENTER);
            return;
        }
        CurationStep step = steps.peek();
        try {
            CurationSheet after = curation.undo(step);
            steps.pop();
            show(after, currentKey);
            Notification.show("Undone: " + step.description(), 2500, Notification.Position.BOTTOM_CENTER);
        } catch (StaleAnnotationException e) {
            steps.clear();
            failed(e.getMessage());
            reload(currentKey);
        }
    }

    private void finish() {
        if (sheet == null || sheet.status() == DocumentStatus.DONE) {
            return;
        }
        FinishCurationDialog.open(sheet.open(), rejectOpen -> {
            try {
                curation.finish(documentId, rejectOpen);
                steps.clear();
                Notification.show("Curated: the gold of “" + sheet.title() + "” is made", 3000,
                        Notification.Position.BOTTOM_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                getUI().ifPresent(ui -> ui.navigate("curation"));
            } catch (IllegalStateException | StaleAnnotationException e) {
                failed(e.getMessage());
            }
        });
    }

    /** Runs a curator action; on success the next open difference after this one comes up. */
    private void act(Supplier<Curation.Done> action) {
        if (currentKey == null) {
            Notification.show("Nothing selected: j / k go to the next difference", 2000, Notification.Position.BOTTOM_CENTER);
            return;
        }
        try {
            Curation.Done done = action.get();
            if (!done.step().isEmpty()) {
                steps.push(done.step());
            }
            List<Item> items = done.sheet().items();
            int at = indexOf(items, currentKey);
            show(done.sheet(), items.stream().skip(Math.max(0, at + 1)).filter(Item::isOpen).findFirst()
                    .or(() -> items.stream().filter(Item::isOpen).findFirst()).map(Item::key).orElse(null));
        } catch (IllegalArgumentException | StaleAnnotationException e) {
            failed(e.getMessage());
            reload(currentKey);
        }
    }

    private void reload(String key) {
        show(curation.sheet(documentId).orElseThrow(), key);
    }

    private void failed(String message) {
        Notification.show(message, 5000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private String colour(String label) {
        return schema.entityTypes().stream().filter(type -> type.name().equals(label)).findFirst()
                .map(org.goldset.schema.EntityType::colour).orElse("#888888");
    }

    private static Optional<Long> parse(String given) {
        try {
            return Optional.of(Long.parseLong(given)).filter(id -> id > 0);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
