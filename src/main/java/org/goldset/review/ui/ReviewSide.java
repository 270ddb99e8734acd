package org.goldset.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import org.goldset.schema.AnnotationSchema;

/**
 * The right side of the review screen: the legend, and the Entities and Events tabs with their
 * panels. Only the shown panel is drawn; the Events tab's label keeps the event count.
 */
final class ReviewSide extends VerticalLayout {

    private final Tab entitiesTab = new Tab("Entities");
    private final Tab eventsTab = new Tab("Events");
    private final Tabs tabs = new Tabs(entitiesTab, eventsTab);

    /** {@code onEntitiesShown} runs when the analyst goes back to the entities (the text drops the event marks). */
    ReviewSide(AnnotationSchema schema, EntityPanel entityPanel, EventPanel eventPanel, Runnable onEntitiesShown) {
        eventPanel.setVisible(false);
        Component legend = Legend.of(schema);
        tabs.addSelectedChangeListener(change -> {
            boolean events = change.getSelectedTab() == eventsTab;
            entityPanel.setVisible(!events);
            legend.setVisible(!events);
            eventPanel.setVisible(events);
            if (events) {
                eventPanel.reload();
            } else {
                onEntitiesShown.run();
            }
        });
        add(legend, tabs, entityPanel, eventPanel);
        setSizeFull();
        setPadding(true);
        expand(entityPanel, eventPanel);
        // Flex items do not shrink below their content unless told: without this the cards' scroller
        // grew past the window and "scroll into view" scrolled the current card under its edge.
        entityPanel.setMinHeight("0");
        eventPanel.setMinHeight("0");
    }

    /** True while the Events tab is shown: the keys then act on event cards. */
    boolean showingEvents() {
        return tabs.getSelectedTab() == eventsTab;
    }

    void showEvents() {
        tabs.setSelectedTab(eventsTab);
    }

    /** e: switches between the entity list and the event cards. */
    void toggle() {
        tabs.setSelectedTab(showingEvents() ? entitiesTab : eventsTab);
    }

    void eventCountChanged(int count) {
        eventsTab.setLabel("Events (" + count + ")");
    }
}
