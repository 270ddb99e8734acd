package org.goldset.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.goldset.base.DatabaseBusy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shown when opening a page fails unexpectedly: a plain message for the analyst, the exception in
 * the server's log (with a reference to find it), never on the screen.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
class ErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorView.class);

    private final Paragraph message = new Paragraph();

    ErrorView() {
        addClassName("goldset-error");
        add(new H2("Something went wrong"), message, new Anchor("", "Back to the documents"));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        if (DatabaseBusy.isBusy(parameter.getException())) {
            LOG.warn("Opening /{} waited too long for the database's write lock", event.getLocation().getPath());
            message.setText("The database is busy with another change (an import, perhaps). Nothing you saved "
                    + "is lost; reload this page in a moment.");
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        String reference = UiErrorHandler.reference();
        LOG.error("Opening /{} failed [{}]", event.getLocation().getPath(), reference, parameter.getException());
        message.setText("This page could not be opened. Nothing you saved is lost. If it happens again, give the "
                + "administrator this reference: " + reference + ".");
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
