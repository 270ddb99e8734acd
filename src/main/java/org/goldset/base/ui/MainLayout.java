package org.goldset.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.theme.lumo.LumoUtility;

/** The frame around every view: the product name and the navigation. */
public class MainLayout extends AppLayout {

    public MainLayout() {
        Span name = new Span("Goldset");
        name.addClassNames(LumoUtility.FontWeight.BOLD, LumoUtility.FontSize.LARGE);
        Span tagline = new Span("gold-standard entities and events");
        tagline.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        HorizontalLayout brand = new HorizontalLayout(name, tagline);
        brand.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        brand.addClassNames(LumoUtility.Padding.Horizontal.MEDIUM);
        addToNavbar(new com.vaadin.flow.component.applayout.DrawerToggle(), brand);

        SideNav navigation = new SideNav();
        navigation.addItem(new SideNavItem("Documents", "", VaadinIcon.FILE_TEXT_O.create()));
        addToDrawer(navigation);
        setPrimarySection(Section.NAVBAR);
        // One destination so far: the lists and the article need the width more than the menu.
        setDrawerOpened(false);
    }
}
