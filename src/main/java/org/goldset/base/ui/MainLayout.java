package org.goldset.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;

/** The frame around every view: the product name, the navigation, and who is logged in. */
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext authentication, java.util.List<AccountAction> accountActions) {
        Span name = new Span("Goldset");
        name.addClassNames(LumoUtility.FontWeight.BOLD, LumoUtility.FontSize.LARGE);
        Span tagline = new Span("gold-standard entities and events");
        tagline.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        HorizontalLayout brand = new HorizontalLayout(name, tagline);
        brand.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        brand.addClassNames(LumoUtility.Padding.Horizontal.MEDIUM);
        brand.setFlexGrow(1, tagline);
        brand.setWidthFull();
        addToNavbar(new DrawerToggle(), brand);

        SideNav navigation = new SideNav();
        navigation.addItem(new SideNavItem("Documents", "", VaadinIcon.FILE_TEXT_O.create()));
        authentication.getPrincipalName().ifPresent(user -> {
            if (authentication.hasRole("CURATOR")) {
                navigation.addItem(new SideNavItem("Curation", "curation", VaadinIcon.CHECK_SQUARE_O.create()));
                navigation.addItem(new SideNavItem("Agreement", "agreement", VaadinIcon.SCALE.create()));
            }
            if (authentication.hasRole("ADMIN")) {
                navigation.addItem(new SideNavItem("Users", "users", VaadinIcon.USERS.create()));
            }
            Span who = new Span(user);
            who.addClassName("goldset-user-name");
            String role = authentication.hasRole("ADMIN") ? "administrator"
                    : authentication.hasRole("CURATOR") ? "curator" : "analyst";
            Span roleName = new Span(role);
            roleName.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
            who.getElement().setAttribute("title", "Logged in as " + user + ", " + role);
            HorizontalLayout account = new HorizontalLayout(who, roleName);
            for (AccountAction action : accountActions) {
                Button button = new Button(action.label(), click -> action.open(user));
                button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                account.add(button);
            }
            Button logOut = new Button("Log out", click -> authentication.logout());
            logOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            account.add(logOut);
            account.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
            account.addClassNames(LumoUtility.Padding.Horizontal.MEDIUM, "goldset-account");
            addToNavbar(account);
        });
        addToDrawer(navigation);
        setPrimarySection(Section.NAVBAR);
        // Few destinations: the lists and the article need the width more than the menu.
        setDrawerOpened(false);
    }
}
