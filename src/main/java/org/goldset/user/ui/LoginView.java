package org.goldset.user.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpSession;
import org.goldset.user.UserAccounts;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;

/**
 * Where every visitor who is not logged in lands. The form posts to Spring Security; a refused
 * login comes back here with {@code ?error} and the reason Spring Security kept in the session
 * (wrong name or password, or how long to wait after too many). With nobody to log in as, it
 * sends the visitor to create the administrator.
 */
@Route("login")
@PageTitle("Log in · Goldset")
@AnonymousAllowed
class LoginView extends Div implements BeforeEnterObserver {

    private final transient UserAccounts accounts;
    private final LoginForm form = new LoginForm();
    private final LoginI18n i18n = LoginI18n.createDefault();

    LoginView(UserAccounts accounts) {
        this.accounts = accounts;
        addClassName("goldset-login");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        i18n.getForm().setTitle("Log in");
        i18n.getForm().setUsername("Name");
        i18n.getErrorMessage().setTitle("Not logged in");
        i18n.getErrorMessage().setMessage("Wrong name or password.");
        form.setI18n(i18n);
        add(SetupView.brand(), form,
                new Paragraph("Ask your Goldset administrator for an account."));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (accounts.noUsersYet()) {
            event.forwardTo(SetupView.class);
            return;
        }
        boolean refused = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        form.setError(refused);
        if (refused) {
            i18n.getErrorMessage().setMessage(lastRefusal());
            form.setI18n(i18n);
        }
    }

    private static String lastRefusal() {
        HttpSession session = VaadinServletRequest.getCurrent() == null ? null
                : VaadinServletRequest.getCurrent().getHttpServletRequest().getSession(false);
        Object last = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        return last instanceof AuthenticationException refusal && refusal.getMessage() != null
                ? refusal.getMessage() : "Wrong name or password.";
    }
}
