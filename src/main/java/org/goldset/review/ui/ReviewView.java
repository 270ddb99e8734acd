package org.goldset.review.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
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
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.goldset.annotation.AnnotationService;
import org.goldset.annotation.AnnotationStatus;
import org.goldset.annotation.EntityMention;
import org.goldset.annotation.EntityState;
import org.goldset.annotation.StaleAnnotationException;
import org.goldset.base.TextOffsets;
import org.goldset.base.AnalystIdentity;
import org.goldset.base.ui.MainLayout;
import org.goldset.corpus.Document;
import org.goldset.corpus.StaleDocumentException;
import org.goldset.review.ReviewService;
import org.goldset.schema.AnnotationSchema;
import org.goldset.schema.EntityType;

/**
 * The review screen: the article on the left, its annotations on the right. Every decision is
 * saved at once, with its history row; everything works from the keyboard (press ? for the keys).
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
    private final Grid<EntityMention> list = new Grid<>();
    private final Checkbox showRejected = new Checkbox("Show rejected");
    private final Span counts = new Span();

    private Document document;
    private TextOffsets offsets = new TextOffsets("");
    private List<EntityMention> mentions = List.of();

    ReviewView(ReviewService review, AnnotationService annotations, AnnotationSchema schema, AnalystIdentity analyst) {
        this.review = review;
        this.annotations = annotations;
        this.schema = schema;
        this.analyst = analyst;
        setSizeFull();
        setPadding(false);
        setSpacing(false);
        add(header(), body());
        registerKeys();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = event.getRouteParameters().getLong("documentId");
        Optional<Document> found = id.flatMap(documentId -> review.openDocument(documentId, analyst.name()));
        if (found.isEmpty()) {
            event.forwardTo(DocumentsView.class);
            return;
        }
        document = found.get();
        offsets = new TextOffsets(document.getText());
        title.setText(document.getTitle());
        meta.setText(String.join(" · ", List.of(orEmpty(document.getOutlet()), orEmpty(document.getByline()),
                document.getPublishedOn() == null ? "" : document.getPublishedOn().toString())).replaceAll("^( · )+|( · )+$", ""));
        text.setText(document.getText());
        history.clear();
        reload(null);
    }

    /** The article needs the width: the navigation drawer starts closed here. */
    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent attachEvent) {
        getParent().filter(MainLayout.class::isInstance).map(MainLayout.class::cast)
                .ifPresent(layout -> layout.setDrawerOpened(false));
    }

    @Override
    public String getPageTitle() {
        return (document == null ? "Review" : document.getTitle()) + " · Goldset";
    }

    private HorizontalLayout header() {
        meta.addClassName("goldset-corpus-summary");
        Button help = new Button("Keys", VaadinIcon.KEYBOARD_O.create(), click -> KeyHelp.open(schema));
        Button done = new Button("Done & next", VaadinIcon.CHECK_CIRCLE.create(), click -> finishAndNext());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.setTooltipText("Mark this document done and open the next one (Shift+D)");
        showRejected.addValueChangeListener(change -> {
            text.setShowRejected(change.getValue());
            reload(selectedId());
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
        text.addSpanClickListener(this::select);
        text.addTextSelectListener(span -> LabelPicker.open(schema, offsets.slice(span.start(), span.end()),
                label -> run(() -> {
                    EntityMention created = review.addEntity(document, span, label, analyst.name());
                    history.record("add " + label, () -> annotations.deleteEntity(created.getId(),
                            current(created.getId()).getVersion(), analyst.name()), null);
                    return created.getId();
                })));
        Scroller article = new Scroller(text);
        article.setSizeFull();
        article.getStyle().set("padding", "var(--lumo-space-m) var(--lumo-space-l)");

        configureList();
        VerticalLayout side = new VerticalLayout(Legend.of(schema), counts, list, AnnotationActions.bar(this));
        side.setSizeFull();
        side.setPadding(true);
        side.expand(list);

        SplitLayout split = new SplitLayout(article, side);
        split.setSizeFull();
        split.setSplitterPosition(60);
        return split;
    }

    private void configureList() {
        list.addClassName("goldset-review-list");
        list.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        list.addColumn(new ComponentRenderer<>(mention -> Legend.badge(schema, mention.getLabel())))
                .setHeader("Label").setWidth("8.5em").setFlexGrow(0);
        list.addColumn(mention -> offsets.slice(mention.getSpan().start(), mention.getSpan().end()))
                .setHeader("Text").setFlexGrow(1);
        list.addColumn(new ComponentRenderer<>(mention -> {
            Span status = new Span(mention.getStatus().name().toLowerCase());
            status.addClassName("gs-status-" + mention.getStatus().name());
            return status;
        })).setHeader("Status").setWidth("6.5em").setFlexGrow(0);
        list.addColumn(mention -> mention.getOrigin().getScore() == null ? ""
                        : String.format("%.2f", mention.getOrigin().getScore()))
                .setHeader("Score").setWidth("4.5em").setFlexGrow(0);
        list.addColumn(mention -> mention.getOrigin().getEngineId() == null
                        ? mention.getOrigin().getKind().name().toLowerCase() : mention.getOrigin().getEngineId())
                .setHeader("Source").setWidth("7.5em").setFlexGrow(0);
        list.setSelectionMode(Grid.SelectionMode.SINGLE);
        list.asSingleSelect().addValueChangeListener(change -> {
            if (change.getValue() != null) {
                text.setSelectedId(change.getValue().getId());
            }
        });
        list.setSizeFull();
    }

    private void registerKeys() {
        key("j", this::next);
        key("ArrowDown", this::next);
        key("k", this::previous);
        key("ArrowUp", this::previous);
        key("a", this::acceptSelected);
        key("Enter", this::acceptSelected);
        key("r", this::rejectSelected);
        key("x", this::rejectSelected);
        key("Delete", this::deleteSelected);
        for (EntityType type : schema.entityTypes()) {
            if (type.hotkey().length() == 1) {
                key(type.hotkey(), () -> relabelSelected(type.name()));
            }
        }
        Shortcuts.addShortcutListener(this, this::undo, Key.of("z"), KeyModifier.CONTROL);
        Shortcuts.addShortcutListener(this, this::redo, Key.of("z"), KeyModifier.CONTROL, KeyModifier.SHIFT);
        Shortcuts.addShortcutListener(this, this::redo, Key.of("y"), KeyModifier.CONTROL);
        Shortcuts.addShortcutListener(this, this::finishAndNext, Key.of("D"), KeyModifier.SHIFT);
        Shortcuts.addShortcutListener(this, () -> KeyHelp.open(schema), Key.of("?"), KeyModifier.SHIFT);
        key("?", () -> KeyHelp.open(schema));
    }

    private void key(String key, Runnable action) {
        Shortcuts.addShortcutListener(this, action::run, Key.of(key));
    }

    void next() {
        move(1);
    }

    void previous() {
        move(-1);
    }

    private void move(int step) {
        List<EntityMention> items = visible();
        if (items.isEmpty()) {
            return;
        }
        EntityMention current = list.asSingleSelect().getValue();
        int index = current == null ? (step > 0 ? -1 : items.size()) : indexOf(items, current.getId());
        int target = Math.max(0, Math.min(items.size() - 1, index + step));
        select(items.get(target).getId());
    }

    void acceptSelected() {
        decide("accept", mention -> annotations.acceptEntity(mention.getId(), mention.getVersion(), analyst.name()));
    }

    void rejectSelected() {
        decide("reject", mention -> annotations.rejectEntity(mention.getId(), mention.getVersion(), analyst.name()));
    }

    void relabelSelected(String label) {
        decide("label " + label, mention -> annotations.relabelEntity(mention.getId(), mention.getVersion(), label,
                analyst.name()));
    }

    void deleteSelected() {
        EntityMention mention = list.asSingleSelect().getValue();
        if (mention == null) {
            return;
        }
        EntityState before = EntityState.of(mention);
        run(() -> {
            annotations.deleteEntity(mention.getId(), mention.getVersion(), analyst.name());
            history.record("delete", () -> {
                EntityMention recreated = annotations.addManualEntity(document.getId(), before.span(), before.label(),
                        analyst.name());
                annotations.restoreEntity(recreated.getId(), recreated.getVersion(), before, analyst.name());
            }, null);
            return nextAfter(mention.getId());
        });
    }

    /** Applies a decision to the selected annotation, records how to undo it, moves to the next. */
    private void decide(String what, java.util.function.Function<EntityMention, EntityMention> decision) {
        EntityMention mention = list.asSingleSelect().getValue();
        if (mention == null) {
            Notification.show("Select an annotation first (j / k, or click one)", 2500, Notification.Position.BOTTOM_CENTER);
            return;
        }
        EntityState before = EntityState.of(mention);
        run(() -> {
            EntityMention after = decision.apply(mention);
            EntityState afterState = EntityState.of(after);
            long id = after.getId();
            history.record(what,
                    () -> annotations.restoreEntity(id, current(id).getVersion(), before, analyst.name()),
                    () -> annotations.restoreEntity(id, current(id).getVersion(), afterState, analyst.name()));
            return what.startsWith("label") ? id : nextAfter(id);
        });
    }

    void undo() {
        run(() -> history.undo().orElseGet(this::selectedIdOrNull));
    }

    void redo() {
        run(() -> history.redo().orElseGet(this::selectedIdOrNull));
    }

    void finishAndNext() {
        if (document == null) {
            return;
        }
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

    /** Runs a change; on any failure says so and reloads, keeping nothing half-done on screen. */
    private void run(java.util.function.Supplier<Long> change) {
        try {
            Long selectNext = change.get();
            reload(selectNext);
        } catch (StaleAnnotationException | StaleDocumentException | IllegalArgumentException e) {
            failed(e.getMessage());
            reload(selectedId());
        } catch (RuntimeException e) {
            failed("Could not save: " + e.getMessage() + ". Nothing was changed; please try again.");
            reload(selectedId());
        }
    }

    private void failed(String message) {
        Notification notification = Notification.show(message, 6000, Notification.Position.BOTTOM_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private void reload(Long selectId) {
        mentions = annotations.findEntities(document.getId());
        List<EntityMention> shown = visible();
        list.setItems(shown);
        text.setSpans(shown.stream().map(mention -> new AnnotatedText.ShownSpan(mention.getId(), mention.getSpan(),
                mention.getLabel(), mention.getStatus().name(),
                schema.entityType(mention.getLabel()).map(EntityType::colour).orElse("#888888"))).toList());
        long pending = mentions.stream().filter(m -> m.getStatus() == AnnotationStatus.PENDING).count();
        long accepted = mentions.stream().filter(m -> m.getStatus() == AnnotationStatus.ACCEPTED).count();
        long rejected = mentions.stream().filter(m -> m.getStatus() == AnnotationStatus.REJECTED).count();
        counts.setText(pending + " pending · " + accepted + " accepted · " + rejected + " rejected");
        counts.addClassName("goldset-corpus-summary");
        if (selectId != null) {
            select(selectId);
        }
    }

    void select(long mentionId) {
        List<EntityMention> items = visible();
        int index = indexOf(items, mentionId);
        if (index < 0) {
            return;
        }
        list.select(items.get(index));
        list.scrollToIndex(index);
        text.setSelectedId(mentionId);
    }

    /** In reading order; rejected ones only on demand. */
    private List<EntityMention> visible() {
        List<EntityMention> items = new ArrayList<>(mentions.stream()
                .filter(m -> showRejected.getValue() || m.getStatus() != AnnotationStatus.REJECTED).toList());
        items.sort(Comparator.comparingInt((EntityMention m) -> m.getSpan().start()).thenComparingInt(m -> m.getSpan().end()));
        return items;
    }

    /** After deciding, the next pending annotation in reading order, else the same. */
    private Long nextAfter(long mentionId) {
        List<EntityMention> items = visible();
        int index = indexOf(items, mentionId);
        for (int i = Math.max(index, 0) + 1; i < items.size(); i++) {
            if (items.get(i).getStatus() == AnnotationStatus.PENDING) {
                return items.get(i).getId();
            }
        }
        return mentionId;
    }

    private EntityMention current(long mentionId) {
        return annotations.findEntity(mentionId).orElseThrow(() -> new StaleAnnotationException("Annotation " + mentionId));
    }

    private Long selectedId() {
        EntityMention selected = list.asSingleSelect().getValue();
        return selected == null ? null : selected.getId();
    }

    private Long selectedIdOrNull() {
        return selectedId();
    }

    private static int indexOf(List<EntityMention> items, long id) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).getId() == id) {
                return i;
            }
        }
        return -1;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
