package org.goldset.review.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import org.goldset.review.EntityDecisions;

/**
 * Shift+R: rejecting a string as a label everywhere is the analyst's explicit choice, made after
 * seeing how much it touches (like bulk accept). One rejection (r) stays about one mention.
 */
final class RejectEverywhereDialog {

    private RejectEverywhereDialog() {
    }

    static Dialog open(EntityDecisions.Everywhere preview, Runnable reject) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Reject '" + preview.text() + "' as " + preview.label() + " everywhere?");
        int count = preview.mentionIds().size();
        dialog.add(new Paragraph(count + " pending suggestion(s) in " + preview.documents() + " document(s) will be "
                + "rejected, this one included. Accepted and manual annotations stay as they are. Ctrl+Z undoes it."));
        dialog.add(new Paragraph("A string rejected three times and never accepted with a label is no longer "
                + "suggested with it; every suggestion run says which."));
        dialog.setWidth("36em");
        Button cancel = new Button("Cancel", click -> dialog.close());
        Button confirm = new Button("Reject " + count + " (Enter)", click -> {
            dialog.close();
            reject.run();
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        confirm.addClickShortcut(Key.ENTER);
        confirm.setEnabled(count > 0);
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
        return dialog;
    }
}
