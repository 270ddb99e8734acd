package org.goldset.review.ui;

import org.goldset.base.ui.AnnotatedText;
import java.util.List;
import java.util.Optional;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.goldset.annotation.AnnotationStatus;
import org.goldset.annotation.EntityMention;
import org.goldset.annotation.VersionedId;
import org.goldset.review.EntityDecisions;
import org.goldset.review.ReviewChange;
import org.goldset.review.ReviewService;
import org.goldset.schema.AnnotationSchema;
import org.goldset.schema.EntityType;
import org.goldset.text.SpanAdjuster;

/**
 * The Entities tab of the review screen: the list of the article's entity mentions, their counts and
 * their marks in the article. Decisions go through {@link EntityDecisions}; each returns what
 * changed (redrawn alone, so a long article stays fast) and its undo step, handed to the screen.
 */
class EntityPanel extends VerticalLayout {

    private final EntityDecisions decisions;
    private final ReviewService review;
    private final AnnotationSchema schema;
    private final String analyst;
    private final AnnotatedText text;
    private final ReviewScreen host;
    private final AnnotationList list;
    private final Span counts = new Span();
    private final Checkbox readingOrder = new Checkbox("Reading order");
    private boolean showRejected;

    EntityPanel(EntityDecisions decisions, ReviewService review, AnnotationSchema schema, String analyst,
                AnnotatedText text, ReviewScreen host, ReviewView view) {
        this.decisions = decisions;
        this.review = review;
        this.schema = schema;
        this.analyst = analyst;
        this.text = text;
        this.host = host;
        this.list = new AnnotationList(schema);
        list.onCurrentChange(mention -> text.setSelectedId(mention.getId()));
        readingOrder.addValueChangeListener(change -> list.setGroupedByLabel(!change.getValue()));
        Button acceptAll = new Button("Accept all…", VaadinIcon.CHECK_SQUARE_O.create(), click -> acceptAll());
        acceptAll.addThemeVariants(ButtonVariant.LUMO_SMALL);
        acceptAll.setTooltipText("Accept all pending annotations of a label or engine, with a preview (b)");
        HorizontalLayout tools = new HorizontalLayout(counts, readingOrder, acceptAll);
        tools.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        tools.setWidthFull();
        tools.setWrap(true);
        tools.expand(counts);
        counts.addClassName("goldset-corpus-summary");
        counts.addClassName("goldset-entity-counts");
        add(tools, list, AnnotationActions.bar(view));
        setPadding(false);
        setSizeFull();
        expand(list);
    }

    void setShowRejected(boolean show) {
        showRejected = show;
        text.setShowRejected(show);
    }

    /** Reads the document's mentions again and redraws the list and the marks. */
    void reload(Long selectId) {
        List<EntityMention> mentions = review.entitiesOf(host.document().getId(), analyst).stream()
                .filter(m -> showRejected || m.getStatus() != AnnotationStatus.REJECTED).toList();
        list.show(host.offsets(), mentions);
        text.setSpans(mentions.stream().map(this::shown).toList());
        updateCounts();
        if (selectId != null) {
            select(selectId);
        }
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
        decide(true, m -> decisions.accept(host.document(), versioned(m), analyst));
    }

    void rejectSelected() {
        decide(true, m -> decisions.reject(host.document(), versioned(m), analyst));
    }

    void relabelSelected(String label) {
        decide(false, m -> decisions.relabel(host.document(), versioned(m), label, analyst));
    }

    void adjustSelected(boolean grow, SpanAdjuster.Edge edge) {
        list.selected().ifPresent(mention -> {
            Optional<org.goldset.text.Span> span = grow
                    ? SpanAdjuster.grow(host.offsets(), mention.getSpan(), edge)
                    : SpanAdjuster.shrink(host.offsets(), mention.getSpan(), edge);
            span.ifPresent(newSpan -> decide(false,
                    m -> decisions.respan(host.document(), versioned(m), newSpan, analyst)));
        });
    }

    /** A mouse selection with a label: a new, accepted mention. */
    void add(org.goldset.text.Span span, String label) {
        host.run(() -> {
            ReviewChange change = decisions.add(host.document(), span, label, analyst);
            host.decided(change);
            return change.entity().getId();
        });
    }

    void deleteSelected() {
        list.selected().ifPresent(mention -> {
            Long next = nextPendingAfter(mention.getId());
            host.run(() -> {
                host.decided(decisions.delete(host.document(), versioned(mention), analyst));
                list.remove(mention.getId());
                text.updateSpans(List.of(), List.of(mention.getId()));
                updateCounts();
                return next.equals(mention.getId()) ? null : next;
            });
        });
    }

    /** Shift+R: reject the selected mention's text as its label everywhere, after a preview. */
    void rejectEverywhere() {
        Optional<EntityMention> selected = selectedOrSay();
        if (selected.isEmpty()) {
            return;
        }
        host.run(() -> {
            EntityDecisions.Everywhere preview = decisions.previewRejectEverywhere(host.document(), selected.get().getId());
            host.opened(RejectEverywhereDialog.open(preview, () -> host.run(() -> {
                ReviewChange change = decisions.rejectEverywhere(preview, analyst);
                host.decided(change);
                Notification.show(change.step().description() + ". Ctrl+Z undoes it.", 3000,
                        Notification.Position.BOTTOM_CENTER);
                return selectedId();
            })));
            return null;
        });
    }

    void acceptAll() {
        host.opened(BulkAcceptDialog.open(list.rows(), host.offsets(), chosen -> host.run(() -> {
            ReviewChange change = decisions.acceptAll(host.document(),
                    chosen.stream().map(EntityPanel::versioned).toList(), analyst);
            host.decided(change);
            Notification.show(chosen.size() + " accepted. Ctrl+Z undoes them together.", 3000,
                    Notification.Position.BOTTOM_CENTER);
            return selectedId();
        })));
    }

    /** Applies a decision to the selected mention and shows the change. */
    private void decide(boolean moveOn, java.util.function.Function<EntityMention, ReviewChange> decision) {
        Optional<EntityMention> selected = selectedOrSay();
        if (selected.isEmpty()) {
            return;
        }
        host.run(() -> {
            ReviewChange change = decision.apply(selected.get());
            host.decided(change);
            long id = change.entity().getId();
            return moveOn ? nextPendingAfter(id) : id;
        });
    }

    /** The selected mention; when there is none, the analyst is told how to select one. */
    private Optional<EntityMention> selectedOrSay() {
        Optional<EntityMention> selected = list.selected();
        if (selected.isEmpty()) {
            Notification.show("Select an annotation first (j / k, or click one)", 2500,
                    Notification.Position.BOTTOM_CENTER);
        }
        return selected;
    }

    /** One mention changed: update its row, its mark and the counts, nothing else. */
    void show(EntityMention mention) {
        list.replace(mention); // a rejected row stays until the next reload, so the analyst's place is kept
        text.updateSpans(List.of(shown(mention)), List.of());
        updateCounts();
    }

    private void updateCounts() {
        List<EntityMention> rows = list.rows();
        counts.setText(count(rows, AnnotationStatus.PENDING) + " pending · " + count(rows, AnnotationStatus.ACCEPTED)
                + " accepted" + (showRejected ? " · " + count(rows, AnnotationStatus.REJECTED) + " rejected" : ""));
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

    Optional<EntityMention> selected() {
        return list.selected();
    }

    Long selectedId() {
        return list.selected().map(EntityMention::getId).orElse(null);
    }

    /** The next pending mention after this one in list order, else the same one. */
    private Long nextPendingAfter(long mentionId) {
        List<EntityMention> rows = list.rows();
        for (int i = list.indexOf(mentionId) + 1; i < rows.size(); i++) {
            if (rows.get(i).getStatus() == AnnotationStatus.PENDING) {
                return rows.get(i).getId();
            }
        }
        return mentionId;
    }

    private static VersionedId versioned(EntityMention mention) {
        return new VersionedId(mention.getId(), mention.getVersion());
    }
}
