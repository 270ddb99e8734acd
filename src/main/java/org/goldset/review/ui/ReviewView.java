package org.goldset.review.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.goldset.annotation.AnnotationService;
import org.goldset.annotation.AnnotationStatus;
import org.goldset.annotation.EntityMention;
import org.goldset.annotation.EntityState;
import org.goldset.annotation.EventService;
import org.goldset.annotation.StaleAnnotationException;
import org.goldset.annotation.VersionedId;
import org.goldset.base.AnalystIdentity;
import org.goldset.base.TextOffsets;
import org.goldset.base.ui.MainLayout;
import org.goldset.corpus.Document;
import org.goldset.corpus.StaleDocumentException;
import org.goldset.review.ReviewService;
import org.goldset.review.SpanAdjuster;
import org.goldset.schema.AnnotationSchema;
import org.goldset.schema.EntityType;

/**
 * The review screen: the article on the left, its annotations on the right. Every decision is
 * saved at once, with its history row, and sent to the browser as a change of one annotation (so a
 * long article stays as fast as a short one). Everything works from the keyboard (press ?).
 */
@Route(value = "review/:documentId", layout = MainLayout.class)
class ReviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ReviewService review;
    private final AnnotationService annotations;
    private final AnnotationSchema schema;
    private final AnalystIdentity analyst;
    private final UndoHistory history = new UndoHistory();

    private final H3 title = new H3();
    private final Span meta = new Span();
    private final AnnotatedText text = new AnnotatedText();
    private final AnnotationList list;
    private final Checkbox showRejected = new Checkbox("Show rejected");
    private final Checkbox readingOrder = new Checkbox("Reading order");
    private final Span counts = new Span();
    private final Tab entitiesTab = new Tab("Entities");
    private final Tab eventsTab = new Tab("Events");
    private final Tabs sideTabs = new Tabs(entitiesTab, eventsTab);
    private final EventPanel eventPanel;

    private Document document;
    /** The screen's dialogs that are open (a role picker may stay open beside another): keys wait. */
    private final java.util.Set<Dialog> openDialogs = new java.util.HashSet<>();
    private final ReviewKeys keys;
    private TextOffsets offsets = new TextOffsets("");

    ReviewView(ReviewService review, AnnotationService annotations, EventService events, AnnotationSchema schema,
               AnalystIdentity analyst) {
        this.review = review;
        this.annotations = annotations;
        this.schema = schema;
        this.analyst = analyst;
        this.list = new AnnotationList(schema);
        this.eventPanel = new EventPanel(review, annotations, events, schema, analyst.name(), history, eventHost());
        setSizeFull();
        setPadding(false);
        setSpacing(false);
        add(header(), body());
        keys = new ReviewKeys(this, schema);
        keys.on();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Document> found = event.getRouteParameters().getLong("documentId")
                .flatMap(documentId -> review.openDocument(documentId, analyst.name()));
        if (found.isEmpty()) {
            event.forwardTo(DocumentsView.class);
            return;
        }
        document = found.get();
        offsets = new TextOffsets(document.getText());
        title.setText(document.getTitle());
        meta.setText(String.join(" · ", java.util.stream.Stream.of(document.getOutlet(), document.getByline(),
                document.getPublishedOn() == null ? null : document.getPublishedOn().toString())
                .filter(part -> part != null && !part.isBlank()).toList()));
        text.setText(document.getText());
        history.clear();
        reloadAll(null);
    }

    /** The article needs the width: the navigation drawer starts closed here. */
    @Override
    protected void onAttach(AttachEvent attachEvent) {
        getParent().filter(MainLayout.class::isInstance).map(MainLayout.class::cast)
                .ifPresent(layout -> layout.setDrawerOpened(false));
    }

    @Override
    public String getPageTitle() {
        return (document == null ? "Review" : document.getTitle()) + " · Goldset";
    }

    private HorizontalLayout header() {
        meta.addClassName("goldset-corpus-summary");
        Button help = new Button("Keys", VaadinIcon.KEYBOARD_O.create(), click -> showKeys());
        Button done = new Button("Done & next", VaadinIcon.CHECK_CIRCLE.create(), click -> finishAndNext());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.setTooltipText("Mark this document done and open the next one (Shift+D)");
        showRejected.addValueChangeListener(change -> {
            text.setShowRejected(change.getValue());
            reloadAll(selectedId());
        });
        VerticalLayout titles = new VerticalLayout(title, meta);
        titles.setPadding(false);
        titles.setSpacing(false);
        title.getStyle().set("margin", "0");
        HorizontalLayout header = new HorizontalLayout(titles, showRejected, help, done);
        header.setWidthFull();
        header.setPadding(true);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.expand(titles);
        return header;
    }

    private SplitLayout body() {
        text.addSpanClickListener(id -> {
            if (!eventPanel.entityClicked(id)) {
                select(id);
            }
        });
        text.addTextSelectListener(span -> opened(LabelPicker.open(schema, offsets.slice(span.start(), span.end()),
                label -> run(() -> {
                    EntityMention created = review.addEntity(document, span, label, analyst.name());
                    history.record("add " + label, () -> annotations.deleteEntity(created.getId(),
                            current(created.getId()).getVersion(), analyst.name()), null);
                    changed(created);
                    return created.getId();
                }),
                type -> {
                    sideTabs.setSelectedTab(eventsTab);
                    eventPanel.createEvent(span, type);
                })));
        Scroller article = new Scroller(text);
        article.setSizeFull();
        article.getStyle().set("padding", "var(--lumo-space-m) var(--lumo-space-l)");

        list.onCurrentChange(mention -> text.setSelectedId(mention.getId()));
        readingOrder.addValueChangeListener(change -> list.setGroupedByLabel(!change.getValue()));
        Button acceptAll = new Button("Accept all pending…", VaadinIcon.CHECK_SQUARE_O.create(), click -> acceptAll());
        acceptAll.addThemeVariants(ButtonVariant.LUMO_SMALL);
        HorizontalLayout listTools = new HorizontalLayout(counts, readingOrder, acceptAll);
        listTools.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        listTools.setWidthFull();
        listTools.expand(counts);
        counts.addClassName("goldset-corpus-summary");
        VerticalLayout entitiesPanel = new VerticalLayout(listTools, list, AnnotationActions.bar(this));
        entitiesPanel.setPadding(false);
        entitiesPanel.setSizeFull();
        entitiesPanel.expand(list);
        eventPanel.setVisible(false);
        com.vaadin.flow.component.Component legend = Legend.of(schema);
        sideTabs.addSelectedChangeListener(change -> {
            boolean events = change.getSelectedTab() == eventsTab;
            entitiesPanel.setVisible(!events);
            legend.setVisible(!events);
            eventPanel.setVisible(events);
            if (events) {
                eventPanel.reload();
            } else {
                text.setEventFocus(null);
            }
        });
        VerticalLayout side = new VerticalLayout(legend, sideTabs, entitiesPanel, eventPanel);
        side.setSizeFull();
        side.setPadding(true);
        side.expand(entitiesPanel, eventPanel);

        SplitLayout split = new SplitLayout(article, side);
        split.setSizeFull();
        split.setSplitterPosition(60);
        return split;
    }

    void showKeys() {
        opened(KeyHelp.open(schema));
    }

    boolean isDialogOpen() {
        openDialogs.removeIf(open -> !open.isOpened());
        return !openDialogs.isEmpty();
    }

    /**
     * The screen's keys are switched off while one of its dialogs is open: Vaadin's shortcuts
     * listen on the whole page and swallow their keys, so an "a" typed into a dialog's search box
     * would never arrive there.
     */
    private void opened(Dialog opened) {
        openDialogs.add(opened);
        keys.off();
        opened.addOpenedChangeListener(change -> {
            if (!change.isOpened() && !isDialogOpen()) {
                keys.on();
            }
        });
    }

    void next() {
        move(1);
    }

    void previous() {
        move(-1);
    }

    private void move(int step) {
        List<EntityMention> rows = list.rows();
        if (rows.isEmpty()) {
            return;
        }
        int index = list.selected().map(m -> list.indexOf(m.getId())).orElse(step > 0 ? -1 : rows.size());
        select(rows.get(Math.max(0, Math.min(rows.size() - 1, index + step))).getId());
    }

    void acceptSelected() {
        decide("accept", true, m -> annotations.acceptEntity(m.getId(), m.getVersion(), analyst.name()));
    }

    void rejectSelected() {
        decide("reject", true, m -> annotations.rejectEntity(m.getId(), m.getVersion(), analyst.name()));
    }

    void relabelSelected(String label) {
        decide("label " + label, false, m -> annotations.relabelEntity(m.getId(), m.getVersion(), label, analyst.name()));
    }

    void adjustSelected(boolean grow, SpanAdjuster.Edge edge) {
        list.selected().ifPresent(mention -> {
            Optional<org.goldset.annotation.Span> span = grow
                    ? SpanAdjuster.grow(offsets, mention.getSpan(), edge)
                    : SpanAdjuster.shrink(offsets, mention.getSpan(), edge);
            span.ifPresent(newSpan -> decide("adjust span", false,
                    m -> annotations.respanEntity(m.getId(), m.getVersion(), newSpan, analyst.name())));
        });
    }

    void deleteSelected() {
        list.selected().ifPresent(mention -> {
            EntityState before = EntityState.of(mention);
            Long next = nextPendingAfter(mention.getId());
            run(() -> {
                annotations.deleteEntity(mention.getId(), mention.getVersion(), analyst.name());
                history.record("delete", () -> {
                    EntityMention recreated = annotations.addManualEntity(document.getId(), before.span(),
                            before.label(), analyst.name());
                    annotations.restoreEntity(recreated.getId(), recreated.getVersion(), before, analyst.name());
                }, null);
                list.remove(mention.getId());
                text.updateSpans(List.of(), List.of(mention.getId()));
                updateCounts();
                return next.equals(mention.getId()) ? null : next;
            });
        });
    }

    /** Applies a decision to the selected annotation, records how to undo it, shows the change. */
    private void decide(String what, boolean moveOn, Function<EntityMention, EntityMention> decision) {
        Optional<EntityMention> selected = list.selected();
        if (selected.isEmpty()) {
            Notification.show("Select an annotation first (j / k, or click one)", 2500,
                    Notification.Position.BOTTOM_CENTER);
            return;
        }
        EntityMention mention = selected.get();
        EntityState before = EntityState.of(mention);
        run(() -> {
            EntityMention after = decision.apply(mention);
            EntityState afterState = EntityState.of(after);
            long id = after.getId();
            history.record(what,
                    () -> annotations.restoreEntity(id, current(id).getVersion(), before, analyst.name()),
                    () -> annotations.restoreEntity(id, current(id).getVersion(), afterState, analyst.name()));
            changed(after);
            return moveOn ? nextPendingAfter(id) : id;
        });
    }

    void acceptAll() {
        opened(BulkAcceptDialog.open(list.rows(), offsets, chosen -> run(() -> {
            List<EntityMention> accepted = annotations.acceptEntities(
                    chosen.stream().map(m -> new VersionedId(m.getId(), m.getVersion())).toList(), analyst.name());
            List<EntityState> before = chosen.stream().map(EntityState::of).toList();
            List<EntityState> after = accepted.stream().map(EntityState::of).toList();
            history.record("accept " + chosen.size(), () -> restoreAll(chosen, before), () -> restoreAll(chosen, after));
            Notification.show(accepted.size() + " accepted. Ctrl+Z undoes them together.", 3000,
                    Notification.Position.BOTTOM_CENTER);
            accepted.forEach(this::changed);
            return selectedId();
        })));
    }

    private void restoreAll(List<EntityMention> mentions, List<EntityState> states) {
        for (int i = 0; i < mentions.size(); i++) {
            long id = mentions.get(i).getId();
            annotations.restoreEntity(id, current(id).getVersion(), states.get(i), analyst.name());
        }
    }

    /** True while the Events tab is shown: the keys then act on event cards. */
    boolean showingEvents() {
        return sideTabs.getSelectedTab() == eventsTab;
    }

    EventPanel events() {
        return eventPanel;
    }

    void showEvents() {
        sideTabs.setSelectedTab(eventsTab);
    }

    /** e: switches between the entity list and the event cards. */
    void toggleSide() {
        sideTabs.setSelectedTab(showingEvents() ? entitiesTab : eventsTab);
    }

    private EventPanel.Host eventHost() {
        return new EventPanel.Host() {
            @Override
            public Document document() {
                return document;
            }

            @Override
            public TextOffsets offsets() {
                return offsets;
            }

            @Override
            public void run(Supplier<Long> change) {
                ReviewView.this.run(change);
            }

            @Override
            public void opened(Dialog opened) {
                ReviewView.this.opened(opened);
            }

            @Override
            public void focus(AnnotatedText.EventFocus event) {
                text.setEventFocus(showingEvents() ? event : null);
            }

            @Override
            public void eventCountChanged(int count) {
                eventsTab.setLabel("Events (" + count + ")");
            }

            @Override
            public void entityChanged(EntityMention mention) {
                changed(mention);
            }
        };
    }

    void undo() {
        run(() -> {
            history.undo();
            reloadAll(selectedId());
            return null;
        });
    }

    void redo() {
        run(() -> {
            history.redo();
            reloadAll(selectedId());
            return null;
        });
    }

    /** Shift+D: marks the document done and opens the next; asks first if suggestions are undecided. */
    void finishAndNext() {
        if (document == null) {
            return;
        }
        long pendingEntities = annotations.countEntities(document.getId()).pending();
        long pendingEvents = annotations.countPendingEvents(document.getId());
        if (pendingEntities + pendingEvents > 0) {
            opened(FinishDialog.open(pendingEntities, pendingEvents, this::finishNow));
        } else {
            finishNow();
        }
    }

    private void finishNow() {
        try {
            review.finishDocument(document, analyst.name());
            Optional<Long> next = review.nextToReview(document.getId());
            if (next.isPresent()) {
                getUI().ifPresent(ui -> ui.navigate("review/" + next.get()));
            } else {
                Notification.show("All documents are done.", 3000, Notification.Position.BOTTOM_CENTER);
                getUI().ifPresent(ui -> ui.navigate(DocumentsView.class));
            }
        } catch (StaleDocumentException e) {
            failed(e.getMessage());
        }
    }

    /** Runs a change; on failure says so and shows the current state, so nothing half-done remains. */
    private void run(Supplier<Long> change) {
        try {
            Long selectNext = change.get();
            if (selectNext != null) {
                select(selectNext);
            }
        } catch (StaleAnnotationException | StaleDocumentException | IllegalArgumentException e) {
            failed(e.getMessage());
            reloadAll(selectedId());
        } catch (RuntimeException e) {
            failed("Could not save: " + e.getMessage() + ". Nothing was changed; please try again.");
            reloadAll(selectedId());
        }
    }

    private void failed(String message) {
        Notification notification = Notification.show(message, 6000, Notification.Position.BOTTOM_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** One annotation changed: update its row and its span, nothing else. */
    private void changed(EntityMention mention) {
        list.replace(mention); // a rejected row stays until the next reload, so the analyst's place is kept
        text.updateSpans(List.of(shown(mention)), List.of());
        updateCounts();
    }

    private void reloadAll(Long selectId) {
        List<EntityMention> mentions = annotations.findEntities(document.getId()).stream()
                .filter(m -> showRejected.getValue() || m.getStatus() != AnnotationStatus.REJECTED).toList();
        list.show(offsets, mentions);
        text.setSpans(mentions.stream().map(this::shown).toList());
        updateCounts();
        eventPanel.reload();
        if (selectId != null) {
            select(selectId);
        }
    }

    private void updateCounts() {
        List<EntityMention> rows = list.rows();
        counts.setText(count(rows, AnnotationStatus.PENDING) + " pending · " + count(rows, AnnotationStatus.ACCEPTED)
                + " accepted" + (showRejected.getValue() ? " · " + count(rows, AnnotationStatus.REJECTED) + " rejected" : ""));
    }

    private static long count(List<EntityMention> rows, AnnotationStatus status) {
        return rows.stream().filter(m -> m.getStatus() == status).count();
    }

    private AnnotatedText.ShownSpan shown(EntityMention mention) {
        return new AnnotatedText.ShownSpan(mention.getId(), mention.getSpan(), mention.getLabel(),
                mention.getStatus().name(),
                schema.entityType(mention.getLabel()).map(EntityType::colour).orElse("#888888"));
    }

    void select(long mentionId) {
        if (list.selectById(mentionId)) {
            text.setSelectedId(mentionId);
        }
    }

    /** The next pending annotation after this one in list order, else the same one. */
    private Long nextPendingAfter(long mentionId) {
        List<EntityMention> rows = list.rows();
        for (int i = list.indexOf(mentionId) + 1; i < rows.size(); i++) {
            if (rows.get(i).getStatus() == AnnotationStatus.PENDING) {
                return rows.get(i).getId();
            }
        }
        return mentionId;
    }

    private EntityMention current(long mentionId) {
        return annotations.findEntity(mentionId).orElseThrow(() -> new StaleAnnotationException("Annotation " + mentionId));
    }

    private Long selectedId() {
        return list.selected().map(EntityMention::getId).orElse(null);
    }
}
