package org.goldset.review.ui;

import org.goldset.base.ui.AnnotatedText;
import java.util.Optional;
import java.util.function.Supplier;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.goldset.annotation.StaleAnnotationException;
import org.goldset.base.AnalystIdentity;
import org.goldset.base.ui.MainLayout;
import org.goldset.base.ui.UiErrorHandler;
import org.goldset.corpus.Document;
import org.goldset.corpus.StaleDocumentException;
import org.goldset.review.EntityDecisions;
import org.goldset.review.EventDecisions;
import org.goldset.review.ReviewChange;
import org.goldset.review.ReviewHistory;
import org.goldset.review.NotInQueueException;
import org.goldset.review.ReviewService;
import org.goldset.schema.AnnotationSchema;
import org.goldset.text.TextOffsets;

/**
 * The review screen: the article on the left, its entities or its events on the right. A shell:
 * the two panels make the decisions (through the review services), this screen holds the article,
 * the header, the keys, the dialogs and the undo history, which lives in the session so that
 * leaving a document and coming back keeps it. Everything works from the keyboard (press ?).
 */
@PermitAll
@Route(value = "review/:documentId", layout = MainLayout.class)
class ReviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, ReviewScreen {

    private final ReviewService review;
    private final AnnotationSchema schema;
    private final AnalystIdentity analyst;
    private final UndoHistories histories;
    private final UndoControl undo;

    private final ReviewHeader header;
    private final AnnotatedText text = new AnnotatedText();
    private final EntityPanel entityPanel;
    private final EventPanel eventPanel;
    private ReviewSide side;

    private Document document;
    private final ReviewKeys keys;
    private TextOffsets offsets = new TextOffsets("");

    ReviewView(ReviewService review, EntityDecisions entityDecisions, EventDecisions eventDecisions,
               ReviewHistory reviewHistory, AnnotationSchema schema,
               AnalystIdentity analyst, UndoHistories histories) {
        this.review = review;
        this.schema = schema;
        this.analyst = analyst;
        this.histories = histories;
        this.entityPanel = new EntityPanel(entityDecisions, review, schema, analyst.name(), text, this, this);
        this.eventPanel = new EventPanel(review, eventDecisions, schema, analyst.name(), this);
        this.undo = new UndoControl(reviewHistory, analyst.name(), entityPanel::selectedId, this::reloadAll,
                this::failed);
        setSizeFull();
        setPadding(false);
        setSpacing(false);
        header = new ReviewHeader(this::showKeys, this::finishAndNext, show -> {
            entityPanel.setShowRejected(show);
            reloadAll(entityPanel.selectedId());
        });
        add(header, body());
        keys = new ReviewKeys(this, schema);
        keys.on();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String given = event.getRouteParameters().get("documentId").orElse("");
        Optional<Document> found;
        try {
            found = documentId(given).flatMap(id -> review.openDocument(id, analyst.name()));
        } catch (NotInQueueException e) {
            event.rerouteToError(e, e.getMessage());
            return;
        }
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class, "There is no document \"" + given + "\". "
                    + "Documents are numbered; the documents list shows them all.");
            return;
        }
        document = found.get();
        offsets = new TextOffsets(document.getText());
        undo.use(histories.of(document.getId()));
        header.show(document);
        text.setText(document.getText());
        reloadAll(null);
    }

    private static Optional<Long> documentId(String given) {
        try {
            return Optional.of(Long.parseLong(given)).filter(id -> id > 0);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
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

    private SplitLayout body() {
        text.addSpanClickListener(id -> {
            if (!eventPanel.edits().entityClicked(id)) {
                entityPanel.select(id);
            }
        });
        text.addTextSelectListener(span -> opened(LabelPicker.open(schema, offsets.slice(span.start(), span.end()),
                label -> entityPanel.add(span, label),
                type -> {
                    side.showEvents();
                    eventPanel.edits().createEvent(span, type);
                })));
        Scroller article = new Scroller(text);
        article.setSizeFull();
        article.getStyle().set("padding", "var(--lumo-space-m) var(--lumo-space-l)");

        side = new ReviewSide(schema, entityPanel, eventPanel, () -> text.setEventFocus(null));

        SplitLayout split = new SplitLayout(article, side);
        split.setSizeFull();
        split.setSplitterPosition(56);
        return split;
    }

    void showKeys() {
        opened(KeyHelp.open(schema));
    }

    /** i: the story of the selected annotation, or of the current event on the Events tab. */
    void showStory() {
        Optional<Long> eventId = showingEvents() ? eventPanel.currentEventId() : Optional.empty();
        Long entityId = showingEvents() ? null : entityPanel.selectedId();
        if (eventId.isEmpty() && entityId == null) {
            Notification.show("Select an annotation first (j / k, or click one)", 2500,
                    Notification.Position.BOTTOM_CENTER);
            return;
        }
        run(() -> {
            opened(StoryDialog.open(eventId.isPresent() ? review.eventStory(document, eventId.get())
                    : review.entityStory(document, entityId)));
            return null;
        });
    }

    boolean isDialogOpen() {
        return keys.isDialogOpen();
    }

    /** The screen's keys wait while one of its dialogs is open (see {@link ReviewKeys#pauseWhileOpen}). */
    @Override
    public void opened(Dialog opened) {
        keys.pauseWhileOpen(opened);
    }

    EntityPanel entities() {
        return entityPanel;
    }

    EventPanel events() {
        return eventPanel;
    }

    /** True while the Events tab is shown: the keys then act on event cards. */
    boolean showingEvents() {
        return side.showingEvents();
    }

    void showEvents() {
        side.showEvents();
    }

    /** e: switches between the entity list and the event cards. */
    void toggleSide() {
        side.toggle();
    }

    void undo() {
        undo.undo();
    }

    void redo() {
        undo.redo();
    }

    /** Shift+D: marks the document done and opens the next; asks first if suggestions are undecided. */
    void finishAndNext() {
        if (document == null) {
            return;
        }
        ReviewService.Pending pending = review.pendingIn(document.getId(), analyst.name());
        long pendingEntities = pending.entities();
        long pendingEvents = pending.events();
        java.util.List<String> leftOut = review.acceptedButLeftOut(document, analyst.name());
        if (pendingEntities + pendingEvents > 0 || !leftOut.isEmpty()) {
            opened(FinishDialog.open(pendingEntities, pendingEvents, leftOut, this::finishNow));
        } else {
            finishNow();
        }
    }

    private void finishNow() {
        try {
            ReviewService.Finish finish = review.finishDocument(document, analyst.name());
            document = finish.document();
            header.show(document);
            Notification.show(finished(finish), 4000, Notification.Position.BOTTOM_CENTER);
            Optional<Long> next = review.reviewNext(document.getId());
            if (next.isPresent()) {
                getUI().ifPresent(ui -> ui.navigate("review/" + next.get()));
            } else {
                Notification.show("Nothing more to review: your queue is empty and no document needs you.", 4000,
                        Notification.Position.BOTTOM_CENTER);
                getUI().ifPresent(ui -> ui.navigate(DocumentsView.class));
            }
        } catch (StaleDocumentException e) {
            failed(e.getMessage());
        }
    }

    /** What finishing made of the document, in words. */
    private static String finished(ReviewService.Finish finish) {
        return switch (finish.outcome()) {
            case GOLD -> "Done: your annotations are this document's gold.";
            case CURATING -> "Done. Every analyst it needed has finished: the document goes to curation.";
            case WAITING -> "Done. The document waits for " + finish.analystsAwaited() + " more "
                    + (finish.analystsAwaited() == 1 ? "analyst." : "analysts.");
        };
    }

    /** Runs a change; on failure says so and shows the current state, so nothing half-done remains. */
    @Override
    public void run(Supplier<Long> change) {
        try {
            Long selectNext = change.get();
            if (selectNext != null) {
                entityPanel.select(selectNext);
            }
        } catch (StaleAnnotationException | StaleDocumentException | IllegalArgumentException e) {
            failed(e.getMessage());
            reloadAll(entityPanel.selectedId());
        } catch (RuntimeException e) {
            failed(UiErrorHandler.describe(e));
            reloadAll(entityPanel.selectedId());
        }
    }

    private void failed(String message) {
        Notification notification = Notification.show(message, 6000, Notification.Position.BOTTOM_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private void reloadAll(Long selectId) {
        entityPanel.reload(selectId);
        eventPanel.reload();
    }

    @Override
    public Document document() {
        return document;
    }

    @Override
    public TextOffsets offsets() {
        return offsets;
    }

    @Override
    public void decided(ReviewChange change) {
        undo.record(change.step());
        // A decision may reach other documents (reject everywhere): this screen shows its own.
        change.entities().stream().filter(mention -> mention.getDocumentId().equals(document.getId()))
                .forEach(entityPanel::show);
    }

    @Override
    public void focus(AnnotatedText.EventFocus event) {
        text.setEventFocus(showingEvents() ? event : null);
    }

    @Override
    public void eventCountChanged(int count) {
        side.eventCountChanged(count);
    }
}
