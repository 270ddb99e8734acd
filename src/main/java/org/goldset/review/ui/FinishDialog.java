package org.goldset.review.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;

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
        dialog.add(new Span(describe(pendingEntities, "entity suggestion", "entity suggestions") + " and "
                + describe(pendingEvents, "event", "events") + " are still pending. Pending annotations are not "
                + "part of the gold export. Mark the document done anyway?"));
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
