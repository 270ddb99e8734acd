package org.goldset.review.ui;

import java.util.ArrayList;
import java.util.List;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * Asks before a document with undecided suggestions, or with accepted arguments the gold will leave
 * out, is marked done: finishing would silently leave them out. Enter finishes, Escape goes back.
 */
final class FinishDialog {

    private static final int SHOWN = 8;

    private FinishDialog() {
    }

    static Dialog open(long pendingEntities, long pendingEvents, List<String> acceptedButLeftOut, Runnable finish) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(pendingEntities + pendingEvents > 0 ? "Still undecided" : "Accepted but left out");
        List<String> pending = new ArrayList<>();
        if (pendingEntities > 0) {
            pending.add(describe(pendingEntities, "entity suggestion", "entity suggestions"));
        }
        if (pendingEvents > 0) {
            pending.add(describe(pendingEvents, "event", "events"));
        }
        VerticalLayout body = new VerticalLayout();
        body.setPadding(false);
        if (!pending.isEmpty()) {
            boolean one = pendingEntities + pendingEvents == 1;
            body.add(new Span(String.join(" and ", pending) + (one ? " is" : " are") + " still pending. Pending "
                    + "annotations are not part of the gold export."));
        }
        if (!acceptedButLeftOut.isEmpty()) {
            body.add(new Span("You accepted these, but the gold export will leave them out:"));
            Div list = new Div();
            list.addClassName("goldset-left-out");
            acceptedButLeftOut.stream().limit(SHOWN).forEach(line -> list.add(new Div(new Span("• " + line))));
            if (acceptedButLeftOut.size() > SHOWN) {
                list.add(new Div(new Span("… and " + (acceptedButLeftOut.size() - SHOWN) + " more")));
            }
            body.add(list);
        }
        body.add(new Span("Mark the document done anyway?"));
        dialog.add(body);
        dialog.setWidth("36em");
        Button back = new Button("Keep reviewing", click -> dialog.close());
        Button done = new Button("Done anyway (Enter)", click -> {
            dialog.close();
            finish.run();
        });
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.addClickShortcut(Key.ENTER);
        dialog.getFooter().add(back, done);
        dialog.open();
        return dialog;
    }

    private static String describe(long count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }
}
