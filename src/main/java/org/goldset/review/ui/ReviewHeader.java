package org.goldset.review.ui;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.goldset.corpus.Document;

/** The review screen's header: the document's title, status and metadata, and the screen's buttons. */
class ReviewHeader extends HorizontalLayout {

    private final H3 title = new H3();
    private final Span meta = new Span();
    private final Span status = new Span();

    ReviewHeader(Runnable showKeys, Runnable finishAndNext, Consumer<Boolean> showRejected) {
        meta.addClassName("goldset-corpus-summary");
        status.addClassNames("goldset-document-status", "goldset-status");
        Checkbox rejected = new Checkbox("Show rejected");
        rejected.addClassName("goldset-nowrap");
        rejected.addValueChangeListener(change -> showRejected.accept(change.getValue()));
        Button help = new Button("Keys", VaadinIcon.KEYBOARD_O.create(), click -> showKeys.run());
        Button done = new Button("Done & next", VaadinIcon.CHECK_CIRCLE.create(), click -> finishAndNext.run());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.setTooltipText("Mark this document done and open the next one (Shift+D)");
        HorizontalLayout titleLine = new HorizontalLayout(title, status);
        titleLine.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        VerticalLayout titles = new VerticalLayout(titleLine, meta);
        titles.setPadding(false);
        titles.setSpacing(false);
        titles.setMinWidth("0");
        title.getStyle().set("margin", "0");
        add(titles, rejected, help, done);
        setWidthFull();
        setPadding(true);
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        expand(titles);
    }

    void show(Document document) {
        title.setText(document.getTitle());
        meta.setText(String.join(" · ", Stream.of(document.getOutlet(), document.getByline(),
                        document.getPublishedOn() == null ? null : document.getPublishedOn().toString())
                .filter(part -> part != null && !part.isBlank()).toList()));
        status.setText(document.getStatus().name().replace('_', ' ').toLowerCase(Locale.ROOT));
        status.getElement().setAttribute("data-status", document.getStatus().name());
    }
}
