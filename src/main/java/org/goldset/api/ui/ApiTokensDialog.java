package org.goldset.api.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.goldset.api.ApiTokens;
import org.goldset.user.UserException;

/**
 * The logged-in user's personal API tokens: make one (its secret is shown this once, to copy into a
 * script), see which exist and when each was last used, revoke one. Nobody else's tokens appear.
 */
public class ApiTokensDialog extends Dialog {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withLocale(Locale.ENGLISH).withZone(ZoneId.systemDefault());

    private final ApiTokens tokens;
    private final String user;
    private final Grid<ApiTokens.TokenInfo> list = new Grid<>();
    private final TextField secret = new TextField("New token — copy it now, it is not shown again");

    public ApiTokensDialog(ApiTokens tokens, String user) {
        this.tokens = tokens;
        this.user = user;
        setHeaderTitle("API tokens of " + user);
        setWidth("min(56rem, 95vw)");
        Paragraph about = new Paragraph("Scripts call the REST API (/api/v1, described at /swagger-ui.html) with a"
                + " token as \"Authorization: Bearer …\" and act as you, with your role.");
        TextField label = new TextField("What will use it");
        label.setPlaceholder("e.g. nightly export");
        label.setMaxLength(100);
        label.setWidth("20rem");
        Button make = new Button("Make token", click -> make(label));
        make.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout making = new HorizontalLayout(label, make);
        making.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        secret.setReadOnly(true);
        secret.setWidthFull();
        secret.setVisible(false);
        secret.addClassName("goldset-new-token");

        list.addColumn(ApiTokens.TokenInfo::label).setHeader("Used by").setFlexGrow(1);
        list.addColumn(token -> WHEN.format(token.createdAt())).setHeader("Made").setAutoWidth(true);
        list.addColumn(token -> token.lastUsedAt() == null ? "never" : WHEN.format(token.lastUsedAt()))
                .setHeader("Last used").setAutoWidth(true);
        list.addComponentColumn(token -> {
            if (!token.active()) {
                return new com.vaadin.flow.component.html.Span("revoked " + WHEN.format(token.revokedAt()));
            }
            Button revoke = new Button("Revoke", click -> revoke(token));
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            return revoke;
        }).setHeader("").setAutoWidth(true);
        list.addThemeVariants(GridVariant.LUMO_COMPACT);
        list.setAllRowsVisible(true);
        list.addClassName("goldset-token-list");

        VerticalLayout content = new VerticalLayout(about, making, secret, list);
        content.setPadding(false);
        add(content);
        Button close = new Button("Close", click -> close());
        getFooter().add(close);
        refresh();
    }

    private void make(TextField label) {
        try {
            ApiTokens.NewToken made = tokens.create(user, label.getValue());
            secret.setValue(made.token());
            secret.setVisible(true);
            label.clear();
            refresh();
        } catch (UserException refused) {
            label.setInvalid(true);
            label.setErrorMessage(refused.getMessage());
        }
    }

    private void revoke(ApiTokens.TokenInfo token) {
        tokens.revoke(user, token.id());
        Notification.show("Token \"" + token.label() + "\" revoked: calls with it are refused from now on.", 4000,
                Notification.Position.BOTTOM_CENTER);
        refresh();
    }

    private void refresh() {
        list.setItems(tokens.list(user));
    }
}
