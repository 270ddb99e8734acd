package org.goldset.assignment.ui;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import org.goldset.assignment.Assignments;

/**
 * A curator's plan for a set of documents (decision 017): how many analysts annotate each, and whom
 * they are assigned to; or withdraws people from them. Only documents still being annotated change:
 * the answer says how many were left as they were.
 */
public final class PlanDialog {

    private PlanDialog() {
    }

    /**
     * @param scope     in words, which documents: "3 selected documents"
     * @param documents their ids, read when the curator applies the plan
     * @param done      run after a change, to show it
     */
    public static Dialog open(Assignments assignments, List<String> people, String scope, Supplier<List<Long>> documents,
                              Runnable done) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Plan " + scope);
        dialog.addClassName("goldset-plan");
        IntegerField needed = new IntegerField("Analysts per document");
        needed.setMin(1);
        needed.setMax(Assignments.MOST_ANNOTATORS);
        needed.setStepButtonsVisible(true);
        needed.setPlaceholder("unchanged");
        needed.setWidth("12rem");
        MultiSelectComboBox<String> assignTo = new MultiSelectComboBox<>("Assign to");
        assignTo.setItems(people);
        assignTo.setWidthFull();
        assignTo.setHelperText("Or leave empty: \"Review next\" hands each document to the next analyst who needs one.");
        VerticalLayout body = new VerticalLayout(needed, assignTo,
                new Paragraph("Each analyst annotates in a layer of their own; when as many as a document needs (two or"
                        + " more) have finished it, it goes to curation. The number changes only on documents still being annotated;"
                        + " anyone can be assigned to any document, a finished one too, for another opinion."));
        body.setPadding(false);
        dialog.add(body);
        dialog.setWidth("34rem");

        Button withdraw = new Button("Withdraw them", click -> {
            if (assignTo.getValue().isEmpty()) {
                assignTo.setErrorMessage("Choose whom to withdraw.");
                assignTo.setInvalid(true);
                return;
            }
            Assignments.Planned planned = assignments.withdraw(documents.get(), List.copyOf(assignTo.getValue()));
            dialog.close();
            show(String.format(Locale.ENGLISH, "%,d assignments withdrawn.", planned.changed()));
            done.run();
        });
        withdraw.setTooltipText("Removes assignments not started yet; started layers are kept and their places go back to the pool");
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        Button apply = new Button("Apply", click -> {
            if (needed.isInvalid() || needed.getValue() == null && assignTo.getValue().isEmpty()) {
                needed.setErrorMessage("Set a number of analysts or choose people to assign.");
                needed.setInvalid(true);
                return;
            }
            List<Long> ids = documents.get();
            StringBuilder said = new StringBuilder();
            if (needed.getValue() != null) {
                Assignments.Planned planned = assignments.setAnnotatorsNeeded(ids, needed.getValue());
                said.append(String.format(Locale.ENGLISH, "%,d documents need %d %s", planned.changed(),
                        needed.getValue(), needed.getValue() == 1 ? "analyst" : "analysts"));
                if (planned.leftAlone() > 0) {
                    said.append(String.format(Locale.ENGLISH, " (%,d curating or done left as they were)", planned.leftAlone()));
                }
                said.append(". ");
            }
            if (!assignTo.getValue().isEmpty()) {
                Assignments.Planned planned = assignments.assign(ids, List.copyOf(assignTo.getValue()));
                said.append(String.format(Locale.ENGLISH, "%,d assignments made.", planned.changed()));
            }
            dialog.close();
            show(said.toString().trim());
            done.run();
        });
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(withdraw, new Button("Cancel", click -> dialog.close()), apply);
        dialog.open();
        needed.focus();
        return dialog;
    }

    private static void show(String message) {
        Notification.show(message, 4000, Notification.Position.BOTTOM_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
