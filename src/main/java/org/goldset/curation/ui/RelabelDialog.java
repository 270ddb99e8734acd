package org.goldset.curation.ui;

import java.util.function.Consumer;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import org.goldset.curation.CurationSheet;
import org.goldset.schema.AnnotationSchema;
import org.goldset.schema.EntityType;

/** Chooses the label the gold gives an entity's span instead of the analysts' ones (the curator's edit). */
final class RelabelDialog {

    private RelabelDialog() {
    }

    static Dialog open(AnnotationSchema schema, CurationSheet.Unit unit, Consumer<String> chosen) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Relabel " + unit.detail());
        ComboBox<String> label = new ComboBox<>("Label in the gold");
        label.setItems(schema.entityTypes().stream().map(EntityType::name).toList());
        label.setValue(unit.label());
        label.setWidthFull();
        Button save = new Button("Relabel", click -> {
            if (label.getValue() != null) {
                dialog.close();
                chosen.accept(label.getValue());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        dialog.add(label);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), save);
        dialog.open();
        label.focus();
        return dialog;
    }
}
