package org.goldset.user.ui;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.goldset.user.FirstLogin;
import org.goldset.user.UserAccounts;
import org.goldset.user.UserException;

/**
 * First start: with no users yet, the first visit from this machine creates the administrator and
 * is logged in as them, one form from the run command to the documents. There is no default
 * password anywhere. From any other machine (or through a name that is not this machine's, as a
 * DNS-rebinding page would) the form is not offered.
 */
@Route("setup")
@PageTitle("Create the administrator · Goldset")
@AnonymousAllowed
class SetupView extends Div implements BeforeEnterObserver {

    private static final Set<String> LOCAL_HOST_NAMES = Set.of("localhost", "127.0.0.1", "[::1]");

    private final transient UserAccounts accounts;
    private final transient FirstLogin firstLogin;
    private final TextField name = new TextField("Your name (to log in)");
    private final PasswordField password = new PasswordField("Password");
    private final PasswordField repeat = new PasswordField("The password again");
    private final Span problem = new Span();

    SetupView(UserAccounts accounts, FirstLogin firstLogin) {
        this.accounts = accounts;
        this.firstLogin = firstLogin;
        addClassName("goldset-login");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        if (!accounts.noUsersYet()) {
            event.forwardTo(LoginView.class);
        } else if (!fromThisMachine(VaadinRequest.getCurrent())) {
            add(brand(), card(new H2("Goldset has no users yet"), new Paragraph(
                    "The administrator is created on the machine Goldset runs on: open it there at "
                    + "http://localhost:8080/, or run: java -jar goldset.jar user add --db FILE --name NAME --role admin")));
        } else {
            add(brand(), form());
        }
    }

    private Component form() {
        name.setPattern("[\\p{L}\\p{N}][\\p{L}\\p{N}._\\-]{0,63}");
        name.setMaxLength(64);
        name.setRequired(true);
        name.setAutofocus(true);
        password.setHelperText("At least 12 characters.");
        password.setRequired(true);
        repeat.setRequired(true);
        problem.addClassName("goldset-form-problem");
        Button create = new Button("Create and log in", click -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickShortcut(Key.ENTER);
        VerticalLayout fields = new VerticalLayout(name, password, repeat, problem, create);
        fields.setPadding(false);
        fields.setSpacing(false);
        fields.getChildren().forEach(field -> field.getElement().getStyle().set("width", "100%"));
        return card(new H2("Create the administrator"), new Paragraph(
                "Goldset has no users yet. The first one administers it: adds analysts and curators, "
                + "and sees everything."), fields);
    }

    private void create() {
        if (!password.getValue().equals(repeat.getValue())) {
            problem.setText("The two passwords differ.");
            return;
        }
        try {
            accounts.addFirstAdministrator(name.getValue().strip(), password.getValue());
            firstLogin.logIn(name.getValue().strip(), password.getValue());
            UI.getCurrent().getPage().setLocation("/");
        } catch (UserException refused) {
            problem.setText(capitalized(refused.getMessage()) + ".");
        }
    }

    /** Both ends of the connection on this machine, and the address typed naming it. */
    static boolean fromThisMachine(VaadinRequest request) {
        if (request == null) {
            return false;
        }
        String host = request.getHeader("Host");
        String hostName = host == null ? "" : host.replaceFirst(":\\d+$", "").toLowerCase(Locale.ROOT);
        try {
            return InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress()
                    && LOCAL_HOST_NAMES.contains(hostName);
        } catch (UnknownHostException unknown) {
            return false;
        }
    }

    static Component brand() {
        Span product = new Span("Goldset");
        product.addClassName("goldset-login-product");
        Span tagline = new Span("gold-standard entities and events");
        tagline.addClassName("goldset-login-tagline");
        Div brand = new Div(product, tagline);
        brand.addClassName("goldset-login-brand");
        return brand;
    }

    private static Component card(Component... content) {
        Div card = new Div(content);
        card.addClassName("goldset-login-card");
        return card;
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
