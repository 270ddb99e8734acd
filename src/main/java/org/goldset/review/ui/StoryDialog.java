package org.goldset.review.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.goldset.review.AnnotationStory;

/** Key i: the selected annotation's story, from its origin through every decision (who, when, what). */
final class StoryDialog {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ENGLISH)
            .withZone(ZoneId.of("UTC"));

    private StoryDialog() {
    }

    static Dialog open(AnnotationStory story) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Story of " + story.what());
        dialog.addClassName("goldset-story");
        Div steps = new Div();
        steps.add(new Paragraph("Origin: " + story.origin()));
        for (AnnotationStory.Step step : story.steps()) {
            Div row = new Div(new Span(WHEN.format(step.when()) + " · "), bold(step.who()),
                    new Span(" · " + step.action() + " → " + step.result().toLowerCase(Locale.ROOT)));
            row.addClassName("goldset-story-step");
            steps.add(row);
        }
        dialog.add(steps);
        dialog.setWidth("min(44em, 95vw)");
        dialog.getFooter().add(new Button("Close", click -> dialog.close()));
        dialog.open();
        return dialog;
    }

    private static Span bold(String text) {
        Span span = new Span(text);
        span.getStyle().set("font-weight", "600");
        return span;
    }
}
