package org.goldset.review.ui;

import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import org.goldset.annotation.EntityService;
import org.goldset.base.ui.MainLayout;
import org.goldset.base.ui.TypedKeys;
import org.goldset.corpus.DocumentStatus;
import org.goldset.export.GoldExporter;
import org.goldset.review.DocumentRow;
import org.goldset.review.ReviewService;

/** The corpus at a glance: every article with its outlet, date and review status. */
@Route(value = "", layout = MainLayout.class)
@PageTitle("Documents · Goldset")
class DocumentsView extends VerticalLayout implements BeforeEnterObserver {

    static final String ANY_STATUS = "Any status";
    static final String ANY_LABEL = "Any pending label";
    static final String ANY_ENGINE = "Any engine";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final Grid<DocumentRow> grid = new Grid<>(DocumentRow.class, false);
    private static final String NO_DOCUMENTS = "No documents yet. Import articles with: goldset import --db FILE PATH...";

    private final TextField filter = new TextField();
    private int corpusSize;
    private final Span summary = new Span();
    private final ReviewService review;
    private final Select<String> statusFilter = new Select<>();
    private final Select<String> labelFilter = new Select<>();
    private final Select<String> engineFilter = new Select<>();
    private Map<Long, Set<EntityService.PendingKind>> pendingKinds = Map.of();
    private boolean loaded;

    DocumentsView(ReviewService review, SuggestionPanel suggestionPanel, GoldExporter exporter) {
        this.review = review;
        setSizeFull();
        configureGrid();

        filter.setPlaceholder("Filter by title, outlet or id");
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setWidth("min(24em, 100%)");
        filter.addValueChangeListener(event -> applyFilter());
        TypedKeys.stayIn(filter);
        statusFilter.setItems(Stream.concat(Stream.of(ANY_STATUS),
                Stream.of(DocumentStatus.values()).map(DocumentsView::label)).toList());
        statusFilter.setValue(ANY_STATUS);
        statusFilter.setWidth("9em");
        statusFilter.setAriaLabel("Status");
        labelFilter.setAriaLabel("Pending label");
        engineFilter.setAriaLabel("Pending from engine");
        labelFilter.setWidth("12em");
        engineFilter.setWidth("12em");
        Stream.of(statusFilter, labelFilter, engineFilter).forEach(select ->
                select.addValueChangeListener(change -> applyFilter()));
        summary.addClassName("goldset-corpus-summary");

        Button reviewNext = new Button("Review next (n)", VaadinIcon.PLAY.create(), click -> openNext());
        reviewNext.setTooltipText("Open the first document that is not done");
        Shortcuts.addShortcutListener(this, this::openNext, Key.of("n"));
        grid.addItemClickListener(click -> open(click.getItem().id()));
        Button export = new Button("Export…", VaadinIcon.DOWNLOAD.create(), click -> ExportDialog.open(exporter));
        HorizontalLayout toolbar = new HorizontalLayout(new H2("Documents"), summary, suggestionPanel, reviewNext, export);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        toolbar.setWidthFull();
        // On a narrow window the buttons move to a second line rather than off the screen.
        toolbar.setWrap(true);
        toolbar.setFlexGrow(1, suggestionPanel);
        suggestionPanel.onFinished(this::reload);
        HorizontalLayout filters = new HorizontalLayout(filter, statusFilter, labelFilter, engineFilter);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        filters.setWrap(true);
        filters.setWidthFull();
        add(toolbar, filters, grid);
        setFlexGrow(1, grid);
    }

    /** Reloads on every visit, so returning to the list shows what changed meanwhile. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        reload();
    }

    private void reload() {
        List<DocumentRow> all = review.documentRows();
        pendingKinds = review.pendingKinds();
        refreshChoices(labelFilter, ANY_LABEL, pendingKinds.values().stream().flatMap(Set::stream)
                .map(EntityService.PendingKind::label));
        refreshChoices(engineFilter, ANY_ENGINE, pendingKinds.values().stream().flatMap(Set::stream)
                .map(EntityService.PendingKind::engine));
        grid.setItems(all);
        corpusSize = all.size();
        loaded = true;
        applyFilter();
        summary.setText(corpusSummary(all));
    }

    private void openNext() {
        review.nextToReview(0).ifPresentOrElse(this::open,
                () -> Notification.show("Every document is done.", 3000, Notification.Position.BOTTOM_CENTER));
    }

    private void open(long documentId) {
        getUI().ifPresent(ui -> ui.navigate("review/" + documentId));
    }

    private void applyFilter() {
        if (!loaded) {
            return; // the selects fire while the view is being built, before there is anything to filter
        }
        String text = filter.getValue();
        String status = statusFilter.getValue();
        String label = labelFilter.getValue();
        String engine = engineFilter.getValue();
        grid.getListDataView().setFilter(document -> matches(document, text)
                && (status == null || ANY_STATUS.equals(status) || label(document.status()).equals(status))
                && hasPending(document.id(), label, engine));
        // An empty result of a filter is not an empty corpus: say which it is.
        grid.setEmptyStateText(grid.getListDataView().getItems().findAny().isPresent() || corpusSize == 0
                ? NO_DOCUMENTS : "No documents match these filters.");
    }

    /** Whether the document has pending suggestions of this label and engine ("any" matches all). */
    private boolean hasPending(long documentId, String label, String engine) {
        boolean anyLabel = label == null || ANY_LABEL.equals(label);
        boolean anyEngine = engine == null || ANY_ENGINE.equals(engine);
        if (anyLabel && anyEngine) {
            return true;
        }
        return pendingKinds.getOrDefault(documentId, Set.of()).stream()
                .anyMatch(kind -> (anyLabel || kind.label().equals(label))
                        && (anyEngine || engine.equals(kind.engine())));
    }

    private static void refreshChoices(Select<String> select, String any, Stream<String> values) {
        String current = select.getValue();
        List<String> choices = Stream.concat(Stream.of(any), values.filter(Objects::nonNull).distinct().sorted()).toList();
        select.setItems(choices);
        select.setValue(choices.contains(current) ? current : any);
    }

    private void configureGrid() {
        // Titles are long and say most: they wrap rather than being cut. Widths in rem, not em: header
        // cells use a smaller font, so em widths made the body's columns drift from their headers.
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();
        grid.addColumn(DocumentRow::title).setHeader("Title").setWidth("8rem").setFlexGrow(4).setSortable(true)
                .setTooltipGenerator(DocumentRow::title)
                .setComparator(Comparator.comparing(DocumentRow::title, String.CASE_INSENSITIVE_ORDER));
        grid.addColumn(document -> orEmpty(document.outlet())).setHeader("Outlet").setWidth("5rem").setFlexGrow(1)
                .setSortable(true);
        grid.addColumn(document -> document.publishedOn() == null ? "" : DATE.format(document.publishedOn()))
                .setHeader("Published").setWidth("7rem").setFlexGrow(0).setSortable(true)
                .setComparator(Comparator.comparing(DocumentRow::publishedOn,
                        Comparator.nullsFirst(Comparator.naturalOrder())));
        grid.addColumn(new ComponentRenderer<>(DocumentsView::statusBadge)).setHeader("Status")
                .setWidth("7rem").setFlexGrow(0).setSortable(true)
                .setComparator(Comparator.comparing(DocumentRow::status));
        Grid.Column<DocumentRow> pending = grid.addColumn(document -> count(document.pending()))
                .setHeader("Pending").setKey("pending")
                .setTextAlign(ColumnTextAlign.END).setWidth("6.5rem").setFlexGrow(0).setSortable(true)
                .setComparator(Comparator.comparingLong(DocumentRow::pending));
        Grid.Column<DocumentRow> accepted = grid.addColumn(document -> count(document.accepted()))
                .setHeader("Accepted")
                .setTextAlign(ColumnTextAlign.END).setWidth("7.5rem").setFlexGrow(0).setSortable(true)
                .setComparator(Comparator.comparingLong(DocumentRow::accepted));
        Grid.Column<DocumentRow> rejected = grid.addColumn(document -> count(document.rejected()))
                .setHeader("Rejected")
                .setTextAlign(ColumnTextAlign.END).setWidth("7.5rem").setFlexGrow(0).setSortable(true)
                .setComparator(Comparator.comparingLong(DocumentRow::rejected));
        grid.addColumn(document -> document.events() == 0 ? "" : document.pendingEvents() == 0
                        ? count(document.events()) : document.pendingEvents() + " of " + document.events() + " pending")
                .setHeader("Events").setKey("events").setTextAlign(ColumnTextAlign.END).setWidth("6.5rem")
                .setFlexGrow(0).setSortable(true).setComparator(Comparator.comparingLong(DocumentRow::pendingEvents)
                        .thenComparingLong(DocumentRow::events));
        grid.addColumn(document -> String.format(Locale.ENGLISH, "%,d", document.textLength()))
                .setHeader("Length").setTextAlign(ColumnTextAlign.END).setWidth("6.5rem").setFlexGrow(0)
                .setSortable(true).setComparator(Comparator.comparingInt(DocumentRow::textLength));
        grid.prependHeaderRow().join(pending, accepted, rejected).setText("Entities");
        grid.setEmptyStateText(NO_DOCUMENTS);
    }

    private static Span statusBadge(DocumentRow document) {
        Span badge = new Span(label(document.status()));
        badge.addClassName("goldset-status");
        badge.getElement().setAttribute("data-status", document.status().name());
        return badge;
    }

    static String label(DocumentStatus status) {
        return switch (status) {
            case NEW -> "New";
            case IN_REVIEW -> "In review";
            case DONE -> "Done";
        };
    }

    private static String corpusSummary(List<DocumentRow> all) {
        long done = all.stream().filter(document -> document.status() == DocumentStatus.DONE).count();
        long inReview = all.stream().filter(document -> document.status() == DocumentStatus.IN_REVIEW).count();
        return all.size() + " documents · " + inReview + " in review · " + done + " done";
    }

    private static boolean matches(DocumentRow document, String filterText) {
        if (filterText == null || filterText.isBlank()) {
            return true;
        }
        String needle = filterText.strip().toLowerCase(Locale.ROOT);
        return contains(document.title(), needle) || contains(document.outlet(), needle)
                || contains(document.externalId(), needle);
    }

    private static boolean contains(String haystack, String needle) {
        return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(needle);
    }

    private static String count(long value) {
        return String.format(Locale.ENGLISH, "%,d", value);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
