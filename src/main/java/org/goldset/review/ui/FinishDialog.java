package org.goldset.review.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Asks before a document with undecided suggestions is marked done: pending annotations stay out of
 * the gold export, so finishing would silently leave them out. Enter finishes, Escape goes back.
 */
final class FinishDialog {

    private FinishDialog() {
    }

    static Dialog open(long pendingEntities, long pendingEvents, Runnable finish) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Still undecided");
        List<String> pending = new ArrayList<>();
        if (pendingEntities > 0) {
            pending.add(describe(pendingEntities, "entity suggestion", "entity suggestions"));
        }
        if (pendingEvents > 0) {
            pending.add(describe(pendingEvents, "event", "events"));
        }
        boolean one = pendingEntities + pendingEvents == 1;
        dialog.add(new Span(String.join(" and ", pending) + (one ? " is" : " are") + " still pending. Pending "
                + "annotations are not part of the gold export. Mark the document done anyway?"));
        dialog.setWidth("32em");
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
