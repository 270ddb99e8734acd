package org.goldset.review.ui;

import java.util.List;
import java.util.Optional;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import org.goldset.annotation.EntityMention;
import org.goldset.annotation.Event;
import org.goldset.annotation.EventArgument;
import org.goldset.review.ReviewService;

/**
 * Keys g and c on the event cards: a role of the current event waits ("is armed") for an entity,
 * chosen in the picker by name or clicked in the article. The banner says so while it waits. The
 * decision itself is the panel's.
 */
final class RoleFilling {

    /** A role waiting for an entity; {@code replacing} is the argument whose entity changes, or null. */
    record Armed(long eventId, String role, EventArgument replacing) {
    }

    /** What filling needs from the event panel. */
    interface Panel {
        void redraw();

        void moveToEvent(long eventId);

        /** Puts the entity into the role of the current event (in place of {@code replacing}'s). */
        void fill(String role, EventArgument replacing, EntityMention entity);
    }

    private final ReviewService review;
    private final ReviewScreen host;
    private final Panel panel;
    private final Span banner = new Span();
    private Armed armed;
    private Dialog picker;

    RoleFilling(ReviewService review, ReviewScreen host, Panel panel) {
        this.review = review;
        this.host = host;
        this.panel = panel;
        banner.addClassName("goldset-armed-banner");
        banner.setVisible(false);
    }

    Span banner() {
        return banner;
    }

    Optional<Armed> armed() {
        return Optional.ofNullable(armed);
    }

    /** Opens the picker for a role of the event (null: the picker asks which). */
    void arm(Event event, String role, EventArgument replacing) {
        List<EntityMention> candidates = review.entitiesOf(event.getDocumentId(), event.getLayer());
        String trigger = host.offsets().slice(event.getTrigger().start(), event.getTrigger().end());
        picker = ArgumentPicker.open(event.getType() + " “" + trigger + "”", review.rolesOf(event), role,
                host.offsets(), chosenRole -> review.candidatesFor(event, chosenRole, candidates),
                armedRole -> {
                    armed = new Armed(event.getId(), armedRole, replacing);
                    panel.redraw();
                },
                (chosenRole, entity) -> fill(chosenRole, replacing, entity));
        picker.addOpenedChangeListener(change -> {
            if (!change.isOpened()) {
                disarm();
            }
        });
        host.opened(picker);
    }

    /** A click on an entity in the text while a role is armed fills it; true when it did. */
    boolean entityClicked(long entityId) {
        if (armed == null) {
            return false;
        }
        Armed target = armed;
        Optional<EntityMention> entity = review.entity(entityId);
        if (picker != null) {
            picker.close();
        }
        entity.ifPresent(mention -> {
            panel.moveToEvent(target.eventId());
            fill(target.role(), target.replacing(), mention);
        });
        return true;
    }

    void disarm() {
        if (armed != null) {
            armed = null;
            panel.redraw();
        }
    }

    /** Shows or hides the banner as the armed role is. */
    void showBanner() {
        banner.setVisible(armed != null);
        if (armed != null) {
            banner.setText("Click an entity in the text to " + (armed.replacing() == null ? "fill " : "change ")
                    + armed.role() + " · Esc cancels");
        }
    }

    private void fill(String role, EventArgument replacing, EntityMention entity) {
        armed = null;
        panel.fill(role, replacing, entity);
    }
}
