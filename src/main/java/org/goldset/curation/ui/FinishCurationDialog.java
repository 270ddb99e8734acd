package org.goldset.curation.ui;

import java.util.function.Consumer;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Confirms the end of a document's curation. With differences still open, finishing rejects them
 * (recorded as the curator's rejections), so the dialog says how many.
 */
final class FinishCurationDialog {

    private FinishCurationDialog() {
    }

    static Dialog open(int open, Consumer<Boolean> finish) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Finish curation");
        dialog.add(new Paragraph(open == 0
                ? "Every difference is settled. Finishing makes this the document's gold; it is exported from now on."
                : open + (open == 1 ? " difference is" : " differences are") + " still open. Finishing rejects "
                + (open == 1 ? "it" : "them") + " (each recorded as your rejection) and makes the rest the gold."));
        Button confirm = new Button(open == 0 ? "Finish" : "Reject " + open + " and finish", click -> {
            dialog.close();
            finish.accept(open > 0);
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickShortcut(Key.ENTER);
        dialog.getFooter().add(new Button("Keep curating", click -> dialog.close()), confirm);
        dialog.open();
        return dialog;
    }
}
