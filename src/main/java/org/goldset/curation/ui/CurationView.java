package org.goldset.curation.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
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
import jakarta.annotation.security.RolesAllowed;
import org.goldset.annotation.AnnotationStatus;
import org.goldset.annotation.StaleAnnotationException;
import org.goldset.base.ui.AnnotatedText;
import org.goldset.base.ui.MainLayout;
import org.goldset.corpus.DocumentStatus;
import org.goldset.agreement.Agreement;
import org.goldset.curation.Curation;
import org.goldset.curation.CurationSheet;
import org.goldset.curation.CurationSheet.Item;
import org.goldset.curation.CurationSheet.ItemKind;
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
    private final Agreement agreement;
    private final AnnotationSchema schema;
    private final AnnotatedText text = new AnnotatedText();
    private final DifferenceCard card;
    private final DifferenceList list = new DifferenceList();
    private final CurationHeader header;
    private final CurationSteps histories;
    /** This document's undo steps, newest first; kept in the session (CurationSteps). */
    private Deque<CurationStep> steps = new java.util.ArrayDeque<>();
    /** The dialog this screen opened last: while it is open, the screen's keys wait. */
    private Dialog dialog;

    private long documentId;
    private CurationSheet sheet;
    private final GoldMarks marks;
    private String currentKey;

    CurationView(Curation curation, Agreement agreement, AnnotationSchema schema, CurationSteps histories) {
        this.curation = curation;
        this.histories = histories;
        this.agreement = agreement;
        this.schema = schema;
        this.card = new DifferenceCard(this::take, this::reject, this::relabel);
        this.marks = new GoldMarks(text, schema);
        this.header = new CurationHeader(this::showKeys, this::undo, this::finish, () -> show(sheet, currentKey));
        addClassName("goldset-curation");
        setSizeFull();
        setPadding(false);
        setSpacing(false);
        add(header, body());
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
        steps = histories.of(documentId);
        text.setText(found.get().text());
        header.showAgreement(agreement.ofDocument(documentId).toJson().get("overall"));
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

    private SplitLayout body() {
        Scroller article = new Scroller(text);
        article.setSizeFull();
        article.getStyle().set("padding", "var(--lumo-space-m) var(--lumo-space-l)");
        text.addSpanClickListener(id -> sheet.items().stream().filter(item -> item.kind() == ItemKind.ENTITIES
                && item.units().stream().anyMatch(unit -> unit.goldId() == id)).findFirst()
                .ifPresent(item -> select(item.key())));

        list.addSelectionListener(selection -> selection.getFirstSelectedItem()
                .filter(item -> !item.key().equals(currentKey)).ifPresent(item -> select(item.key())));

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

    /** Keys act on the screen only while none of its dialogs is open (Enter confirms a dialog, not a choice). */
    private void keys() {
        key(() -> move(1), Key.KEY_J);
        key(() -> move(1), Key.ARROW_DOWN);
        key(() -> move(-1), Key.KEY_K);
        key(() -> move(-1), Key.ARROW_UP);
        key(this::reject, Key.KEY_R);
        key(this::relabel, Key.KEY_L);
        key(this::finish, Key.KEY_F);
        key(this::showKeys, Key.of("?"), KeyModifier.SHIFT);
        key(this::showKeys, Key.of("?"));
        key(this::undo, Key.KEY_Z, KeyModifier.CONTROL);
        key(this::undo, Key.KEY_Z, KeyModifier.META);
        for (int n = 1; n <= 9; n++) {
            int analyst = n;
            key(() -> {
                if (sheet != null && analyst <= sheet.analysts().size()) {
                    take(sheet.analysts().get(analyst - 1));
                }
            }, Key.of(String.valueOf(n)));
        }
    }

    private void key(Runnable action, Key key, KeyModifier... modifiers) {
        Shortcuts.addShortcutListener(this, () -> {
            if (dialog == null || !dialog.isOpened()) {
                action.run();
            }
        }, key, modifiers);
    }

    private void showKeys() {
        dialog = CurationKeysDialog.open();
    }

    /** Shows the sheet, with the item {@code key} current (or the first open one). */
    private void show(CurationSheet shown, String key) {
        sheet = shown;
        header.show(shown, !steps.isEmpty());
        marks.show(shown);
        list.show(listed());
        select(key != null && shown.item(key).isPresent() ? key
                : listed().stream().filter(Item::isOpen).findFirst().map(Item::key).orElse(null));
    }

    private List<Item> listed() {
        return sheet.items().stream().filter(item -> header.showsAgreed() || item.state() != CurationSheet.State.AGREED)
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
            if (header.showsAgreed() || items.get(i).isOpen()) {
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
        dialog = RelabelDialog.open(schema, unit, label -> act(() -> curation.relabel(documentId, unit.goldId(), label)));
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
        dialog = FinishCurationDialog.open(sheet.open(), rejectOpen -> {
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

    private static Optional<Long> parse(String given) {
        try {
            return Optional.of(Long.parseLong(given)).filter(id -> id > 0);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
