package org.goldset.review.ui;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import com.vaadin.flow.component.AttachEvent;
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
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.goldset.annotation.AnnotationLayers;
import org.goldset.assignment.Assignments;
import org.goldset.assignment.ui.PlanDialog;
import org.goldset.base.ui.MainLayout;
import org.goldset.corpus.DocumentStatus;
import org.goldset.export.GoldExporter;
import org.goldset.importing.UploadedImports;
import org.goldset.importing.ui.ImportDialog;
import org.goldset.review.ReviewService;
import org.goldset.review.listing.DocumentListing;
import org.goldset.review.listing.DocumentOrder;
import org.goldset.review.listing.DocumentRow;
import org.goldset.user.UserAccounts;

/**
 * The corpus at a glance: every article with its outlet, date, review status and counts. The grid
 * is lazy: the database searches, filters, sorts and cuts each page (see {@link DocumentListing}), so
 * the list opens as fast on a hundred thousand articles as on five.
 */
@PermitAll
@Route(value = "", layout = MainLayout.class)
@PageTitle("Documents · Goldset")
class DocumentsView extends VerticalLayout implements BeforeEnterObserver {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final String NO_DOCUMENTS = "No documents yet. Import articles with: goldset import --db FILE PATH...";

    private final Grid<DocumentRow> grid = new Grid<>(DocumentRow.class, false);
    private final Span summary = new Span();
    private final ReviewService review;
    private final DocumentListing listing;
    private final DocumentFilters filters;
    private final Assignments assignments;
    private final boolean curator;
    private Map<DocumentStatus, Integer> corpus = Map.of();
    private Map<AnnotationLayers.State, Integer> queue = Map.of();
    private int matching;

    DocumentsView(ReviewService review, DocumentListing listing, SuggestionPanel suggestionPanel,
                  GoldExporter exporter, Assignments assignments, UserAccounts users,
                  AuthenticationContext authentication, UploadedImports imports) {
        this.review = review;
        this.listing = listing;
        this.assignments = assignments;
        this.curator = authentication.hasRole("CURATOR");
        this.filters = new DocumentFilters(listing.labels(), this::applyFilters);
        setSizeFull();
        DocumentColumns.addTo(grid, authentication.getPrincipalName().orElse(""), curator);
        grid.setItems(this::page, query -> matching).setIdentifierProvider(DocumentRow::id);
        summary.addClassName("goldset-corpus-summary");

        Button reviewNext = new Button("Review next (n)", VaadinIcon.PLAY.create(), click -> openNext());
        reviewNext.setTooltipText("Open your next document: one you started, one assigned to you, or the next that needs an analyst");
        Shortcuts.addShortcutListener(this, this::openNext, Key.of("n"));
        // A curator opens a document in curation on the curation screen (decision 019), anything else to review.
        grid.addItemClickListener(click -> {
            if (curator && click.getItem().document().status() == DocumentStatus.CURATING) {
                getUI().ifPresent(ui -> ui.navigate("curate/" + click.getItem().id()));
            } else {
                open(click.getItem().id());
            }
        });
        // Planning who annotates what is a curator's step; the service refuses analysts too.
        Button plan = new Button("Plan…", VaadinIcon.USERS.create(), click -> openPlan(users));
        plan.setTooltipText("How many analysts annotate the selected documents (or all listed), and who");
        plan.setVisible(curator);
        if (curator) {
            grid.setSelectionMode(Grid.SelectionMode.MULTI);
        }
        // Adding articles is a curator's step; the import service refuses analysts too.
        Button importing = new Button("Import…", VaadinIcon.UPLOAD.create(),
                click -> new ImportDialog(imports, this::reload).open());
        importing.setVisible(curator);
        Button export = new Button("Export…", VaadinIcon.DOWNLOAD.create(), click -> ExportDialog.open(exporter));
        // Exporting the gold is a curator's step; the exporter refuses analysts too.
        export.setVisible(curator);
        suggestionPanel.allowStarting(curator);
        HorizontalLayout toolbar = new HorizontalLayout(new H2(curator ? "Documents" : "Your documents"), summary,
                suggestionPanel, reviewNext, plan, importing, export);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        toolbar.setWidthFull();
        // On a narrow window the buttons move to a second line rather than off the screen.
        toolbar.setWrap(true);
        toolbar.setFlexGrow(1, suggestionPanel);
        suggestionPanel.onFinished(this::reload);
        add(toolbar, filters, grid);
        setFlexGrow(1, grid);
    }

    /**
     * Below 1200 pixels the outlet and length columns give their room to the titles, which would
     * otherwise wrap a word a line (at 1024 the counts alone take three quarters of the width).
     */
    @Override
    protected void onAttach(AttachEvent attach) {
        Page page = attach.getUI().getPage();
        page.retrieveExtendedClientDetails(details -> fitColumns(details.getWindowInnerWidth()));
        page.addBrowserWindowResizeListener(resize -> fitColumns(resize.getWidth()));
    }

    private void fitColumns(int windowWidth) {
        boolean wide = windowWidth >= 1200;
        grid.getColumnByKey(DocumentColumns.OUTLET).setVisible(wide);
        grid.getColumnByKey(DocumentColumns.LENGTH).setVisible(wide);
    }

    /** Reloads on every visit, so returning to the list shows what changed meanwhile. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        reload();
    }

    private void reload() {
        filters.setEngines(listing.engines());
        corpus = curator ? listing.statusCounts() : Map.of();
        queue = curator ? Map.of() : assignments.queue();
        applyFilters();
    }

    /** Plans the selected documents, or every document the filters list when none is selected. */
    private void openPlan(UserAccounts users) {
        java.util.Set<DocumentRow> selected = grid.getSelectedItems();
        String scope = selected.isEmpty()
                ? String.format(Locale.ENGLISH, "all %,d listed documents", matching)
                : String.format(Locale.ENGLISH, "%,d selected %s", selected.size(), selected.size() == 1 ? "document" : "documents");
        List<Long> chosen = selected.stream().map(DocumentRow::id).sorted().toList();
        PlanDialog.open(assignments, users.enabledNames(), scope,
                () -> selected.isEmpty() ? listing.ids(filters.query()) : chosen, () -> {
                    grid.deselectAll();
                    reload();
                });
    }

    /** A filter changes what is shown, not the corpus: its counts are read on each visit (reload). */
    private void applyFilters() {
        DocumentListing.Matches matches = listing.count(filters.query());
        matching = matches.listed();
        int size = (curator ? corpus : queue).values().stream().mapToInt(Integer::intValue).sum();
        // An empty result of a filter is not an empty corpus (or queue): say which it is.
        grid.setEmptyStateText(size > 0 ? "No documents match these filters." : curator ? NO_DOCUMENTS
                : "Your queue is empty. \"Review next\" hands you the next document that needs an analyst.");
        String shown = !filters.narrows() ? "" : matches.more()
                        ? String.format(Locale.ENGLISH, " · first %,d shown: more match", matching)
                        : String.format(Locale.ENGLISH, " · %,d shown", matching);
        summary.setText((curator ? String.format(Locale.ENGLISH, "%,d documents · %,d in review · %,d curating · %,d done",
                size, corpus.getOrDefault(DocumentStatus.IN_REVIEW, 0), corpus.getOrDefault(DocumentStatus.CURATING, 0),
                corpus.getOrDefault(DocumentStatus.DONE, 0))
                : String.format(Locale.ENGLISH, "Your queue: %,d to start · %,d in progress · %,d done",
                queue.getOrDefault(AnnotationLayers.State.NEW, 0), queue.getOrDefault(AnnotationLayers.State.IN_PROGRESS, 0),
                queue.getOrDefault(AnnotationLayers.State.DONE, 0))) + shown);
        grid.getDataProvider().refreshAll();
    }

    private java.util.stream.Stream<DocumentRow> page(Query<DocumentRow, Void> query) {
        QuerySortOrder sort = query.getSortOrders().isEmpty() ? null : query.getSortOrders().getFirst();
        DocumentOrder order = sort == null ? DocumentOrder.IMPORTED : DocumentOrder.valueOf(sort.getSorted());
        boolean descending = sort != null && sort.getDirection() == SortDirection.DESCENDING;
        return listing.page(filters.query(), order, descending, query.getOffset(), query.getLimit()).stream();
    }

    private void openNext() {
        review.reviewNext(0).ifPresentOrElse(this::open, () -> Notification.show(
                "Nothing to review: your queue is empty and no document needs another analyst.", 4000,
                Notification.Position.BOTTOM_CENTER));
    }

    private void open(long documentId) {
        getUI().ifPresent(ui -> ui.navigate("review/" + documentId));
    }

    static String label(DocumentStatus status) {
        return switch (status) {
            case NEW -> "New";
            case IN_REVIEW -> "In review";
            case CURATING -> "Curating";
            case DONE -> "Done";
        };
    }

    /** The grid's columns: each sorts in the database by the {@link DocumentOrder} of the same name. */
    private static final class DocumentColumns {

        static final String OUTLET = "outlet";
        static final String LENGTH = "length";

        // Lit templates rendered in the browser: a page of rows costs no server-side components. Lit
        // escapes every bound value, so titles and snippets are shown as text, whatever they hold.
        private static LitRenderer<DocumentRow> title() {
            return LitRenderer.<DocumentRow>of("""
                        <span>${item.title}</span>${item.snippet ? html`<div class="goldset-snippet">${item.snippet.map(
                        part => part.hit ? html`<mark>${part.text}</mark>` : part.text)}</div>` : ''}""")
                .withProperty("title", DocumentRow::title)
                .withProperty("snippet", document -> document.snippet() == null ? null : document.snippet().parts());
        }

        private static LitRenderer<DocumentRow> status() {
            return LitRenderer.<DocumentRow>of(
                        "<span class=\"goldset-status\" data-status=\"${item.status}\">${item.label}</span>")
                .withProperty("status", document -> document.status().name())
                .withProperty("label", document -> label(document.status()));
        }

        static void addTo(Grid<DocumentRow> grid, String reader, boolean curator) {
            // Titles are long and say most: they wrap rather than being cut. Widths in rem, not em: header
            // cells use a smaller font, so em widths made the body's columns drift from their headers.
            grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
            grid.setSizeFull();
            grid.addColumn(title()).setHeader("Title").setWidth("8rem")
                    .setFlexGrow(4).setTooltipGenerator(DocumentRow::title).setSortProperty(DocumentOrder.TITLE.name());
            grid.addColumn(document -> orEmpty(document.outlet())).setHeader("Outlet").setKey(OUTLET).setWidth("5rem").setFlexGrow(1)
                    .setSortProperty(DocumentOrder.OUTLET.name());
            grid.addColumn(document -> document.publishedOn() == null ? "" : DATE.format(document.publishedOn()))
                    .setHeader("Published").setWidth("7rem").setFlexGrow(0)
                    .setSortProperty(DocumentOrder.PUBLISHED.name());
            grid.addColumn(status()).setHeader("Status")
                    .setWidth("7rem").setFlexGrow(0).setSortProperty(DocumentOrder.STATUS.name());
            addAnnotators(grid, reader, curator);
            Grid.Column<DocumentRow> pending = number(grid, DocumentRow::pending, "Pending", "6.5rem",
                    DocumentOrder.PENDING).setKey("pending");
            Grid.Column<DocumentRow> accepted = number(grid, DocumentRow::accepted, "Accepted", "7.5rem",
                    DocumentOrder.ACCEPTED);
            Grid.Column<DocumentRow> rejected = number(grid, DocumentRow::rejected, "Rejected", "7.5rem",
                    DocumentOrder.REJECTED);
            grid.addColumn(document -> document.events() == 0 ? "" : document.pendingEvents() == 0
                            ? count(document.events()) : document.pendingEvents() + " of " + document.events() + " pending")
                    .setHeader("Events").setKey("events").setTextAlign(ColumnTextAlign.END).setWidth("6.5rem")
                    .setFlexGrow(0).setSortProperty(DocumentOrder.EVENTS.name());
            number(grid, DocumentRow::textLength, "Length", "6.5rem", DocumentOrder.LENGTH).setKey(LENGTH);
            grid.prependHeaderRow().join(pending, accepted, rejected).setText("Entities");
            grid.setEmptyStateText(NO_DOCUMENTS);
        }

        /**
         * Who works on each document and how far they are: every analyst for a curator; for an
         * analyst, their own state only (what others decided stays out of sight, and so does who).
         */
        private static void addAnnotators(Grid<DocumentRow> grid, String reader, boolean curator) {
            grid.addColumn(document -> curator ? everyone(document, true) : document.annotators().stream()
                            .filter(annotator -> annotator.name().equals(reader))
                            .map(annotator -> progress(annotator, false)).findFirst().orElse(""))
                    .setHeader(curator ? "Annotators" : "Your layer").setKey("annotators")
                    .setWidth(curator ? "9rem" : "7rem").setFlexGrow(0)
                    .setTooltipGenerator(document -> curator ? "Needs " + document.annotatorsNeeded()
                            + (document.annotatorsNeeded() == 1 ? " analyst" : " analysts")
                            + (document.annotators().isEmpty() ? "" : ": ") + everyone(document, false) : "");
        }

        /** "ana ✓, bo ✎ · 1 open": each analyst's state, then the places no one holds yet. */
        private static String everyone(DocumentRow document, boolean brief) {
            String names = document.annotators().stream()
                    .map(annotator -> annotator.name() + (brief ? " " : ": ") + progress(annotator, brief))
                    .collect(java.util.stream.Collectors.joining(", "));
            // One analyst per document is the single-analyst default: "1 open" on every line would say nothing.
            if (document.annotatorsNeeded() < 2 || document.openPlaces() == 0 || document.status() == DocumentStatus.DONE
                    || document.status() == DocumentStatus.CURATING) {
                return names;
            }
            String open = document.openPlaces() + (brief ? " open" : document.openPlaces() == 1 ? " place open" : " places open");
            return names.isEmpty() ? open : names + (brief ? " · " : "; ") + open;
        }

        private static String progress(DocumentRow.Annotator annotator, boolean brief) {
            return switch (annotator.state()) {
                case "DONE" -> brief ? "✓" : "done";
                case "IN_PROGRESS" -> brief ? "✎" : "in progress";
                default -> brief ? "○" : "assigned, not started";
            };
        }

        private static Grid.Column<DocumentRow> number(Grid<DocumentRow> grid,
                                                       java.util.function.ToLongFunction<DocumentRow> value,
                                                       String header, String width, DocumentOrder order) {
            return grid.addColumn(document -> count(value.applyAsLong(document))).setHeader(header)
                    .setTextAlign(ColumnTextAlign.END).setWidth(width).setFlexGrow(0).setSortProperty(order.name());
        }

        private static String count(long value) {
            return String.format(Locale.ENGLISH, "%,d", value);
        }

        private static String orEmpty(String text) {
            return text == null ? "" : text;
        }
    }
}
