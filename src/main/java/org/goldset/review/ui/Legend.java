package org.goldset.review.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import org.goldset.schema.AnnotationSchema;
import org.goldset.schema.EntityType;
import org.goldset.schema.EventType;

/** The labels with their colours and hotkeys, and the label badge used in lists. */
final class Legend {

    private Legend() {
    }

    static FlexLayout of(AnnotationSchema schema) {
        FlexLayout legend = row();
        for (EntityType type : schema.entityTypes()) {
            Span badge = badge(schema, type.name());
            badge.setText(type.hotkey() + " " + type.name());
            badge.setTitle(type.description());
            legend.add(badge);
        }
        return legend;
    }

    /** The event types with their keys (⇧ for Shift). */
    static FlexLayout ofEvents(AnnotationSchema schema) {
        FlexLayout legend = row();
        for (EventType type : schema.eventTypes()) {
            Span badge = new Span(type.hotkey().replace("Shift+", "⇧") + " " + type.name());
            badge.addClassName("gs-label-badge");
            badge.getStyle().set("background", type.colour());
            badge.setTitle(type.description());
            legend.add(badge);
        }
        return legend;
    }

    private static FlexLayout row() {
        FlexLayout legend = new FlexLayout();
        legend.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        legend.getStyle().set("gap", "var(--lumo-space-xs)");
        legend.addClassName("goldset-review-list");
        return legend;
    }

    static Span badge(AnnotationSchema schema, String label) {
        Span badge = new Span(label);
        badge.addClassName("gs-label-badge");
        badge.getStyle().set("background", schema.entityType(label).map(EntityType::colour).orElse("#888888"));
        return badge;
    }
}
