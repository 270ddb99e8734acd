package org.goldset.user.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.goldset.user.Role;
import org.goldset.user.UserAccount;
import org.goldset.user.UserAccounts;
import org.goldset.user.UserException;

/** Adds a team member with a first password the administrator hands over. */
class AddUserDialog extends Dialog {

    private final TextField name = new TextField("Name (to log in)");
    private final Select<Role> role = new Select<>();
    private final PasswordField password = new PasswordField("Password");
    private final PasswordField repeat = new PasswordField("The password again");
    private final Span problem = new Span();

    AddUserDialog(UserAccounts accounts, Runnable added) {
        setHeaderTitle("Add a user");
        name.setMaxLength(64);
        name.setAutofocus(true);
        role.setLabel("Role");
        role.setItems(Role.values());
        role.setItemLabelGenerator(Role::title);
        role.setValue(Role.ANALYST);
        password.setHelperText("At least 12 characters.");
        problem.addClassName("goldset-form-problem");
        VerticalLayout fields = new VerticalLayout(name, role, password, repeat, problem);
        fields.setPadding(false);
        fields.setSpacing(false);
        fields.getChildren().forEach(field -> field.getElement().getStyle().set("width", "100%"));
        fields.setWidth("22em");
        add(fields);

        Button save = new Button("Add", click -> {
            if (!password.getValue().equals(repeat.getValue())) {
                problem.setText("The two passwords differ.");
                return;
            }
            try {
                UserAccount user = accounts.add(name.getValue().strip(), role.getValue(), password.getValue());
                Notification.show(user.name() + " can now log in as " + user.role().title().toLowerCase() + ".");
                close();
                added.run();
            } catch (UserException refused) {
                problem.setText(refused.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        getFooter().add(new Button("Cancel", click -> close()), save);
    }
}
