package org.goldset.review.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import org.goldset.schema.AnnotationSchema;
import org.goldset.schema.EntityType;

/** The labels with their colours and hotkeys, and the label badge used in lists. */
final class Legend {

    private Legend() {
    }

    static FlexLayout of(AnnotationSchema schema) {
        FlexLayout legend = new FlexLayout();
        legend.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        legend.getStyle().set("gap", "var(--lumo-space-xs)");
        legend.addClassName("goldset-review-list");
        for (EntityType type : schema.entityTypes()) {
            Span badge = badge(schema, type.name());
            badge.setText(type.hotkey() + " " + type.name());
            badge.setTitle(type.description());
            legend.add(badge);
        }
        return legend;
    }

    static Span badge(AnnotationSchema schema, String label) {
        Span badge = new Span(label);
        badge.addClassName("gs-label-badge");
        badge.getStyle().set("background", schema.entityType(label).map(EntityType::colour).orElse("#888888"));
        return badge;
    }
}
