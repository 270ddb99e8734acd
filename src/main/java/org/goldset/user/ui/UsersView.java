package org.goldset.user.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.goldset.base.ui.MainLayout;
import org.goldset.user.UserAccount;
import org.goldset.user.UserAccounts;
import org.goldset.user.UserException;

/** The team: who may log in and in which role. Administrators only; a user is disabled, never deleted. */
@Route(value = "users", layout = MainLayout.class)
@PageTitle("Users · Goldset")
@RolesAllowed("ADMIN")
class UsersView extends VerticalLayout {

    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());

    private final transient UserAccounts accounts;
    private final transient AuthenticationContext authentication;
    private final Grid<UserAccount> grid = new Grid<>(UserAccount.class, false);

    UsersView(UserAccounts accounts, AuthenticationContext authentication) {
        this.accounts = accounts;
        this.authentication = authentication;
        setSizeFull();
        Button add = new Button("Add user…", VaadinIcon.PLUS.create(), click -> new AddUserDialog(accounts, this::reload).open());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout toolbar = new HorizontalLayout(new H2("Users"), add);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        toolbar.setWidthFull();
        toolbar.setFlexGrow(1, toolbar.getComponentAt(0));

        grid.addColumn(UserAccount::name).setHeader("Name").setFlexGrow(2);
        grid.addColumn(user -> user.role().title()).setHeader("Role").setFlexGrow(1);
        grid.addComponentColumn(UsersView::state).setHeader("Can log in").setFlexGrow(1);
        grid.addColumn(user -> CREATED.format(user.createdAt())).setHeader("Added").setFlexGrow(1);
        grid.addComponentColumn(this::action).setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        add(toolbar, grid);
        reload();
    }

    private void reload() {
        grid.setItems(accounts.list());
    }

    private static Span state(UserAccount user) {
        Span state = new Span(user.enabled() ? "yes" : "disabled");
        state.addClassName("goldset-user-state");
        state.getElement().setAttribute("data-enabled", String.valueOf(user.enabled()));
        return state;
    }

    private Button action(UserAccount user) {
        boolean self = authentication.getPrincipalName().map(user.name()::equalsIgnoreCase).orElse(false);
        Button button = new Button(user.enabled() ? "Disable" : "Enable", click -> {
            try {
                UserAccount changed = user.enabled() ? accounts.disable(user.name()) : accounts.enable(user.name());
                Notification.show(changed.name() + (changed.enabled() ? " can log in again." : " can no longer log in."));
            } catch (UserException refused) {
                Notification.show(refused.getMessage());
            }
            reload();
        });
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        // Disabling yourself would lock the last administrator out of this screen.
        button.setEnabled(!self);
        return button;
    }
}
