package org.goldset.base.ui;

import java.util.UUID;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The one error handler of the whole UI: an exception that escapes a click or a key is logged on the
 * server with a short reference, and the analyst sees a plain notification with that reference,
 * never exception text. (Failed navigations land in {@link ErrorView}, which does the same.)
 */
@Component
class UiErrorHandler implements VaadinServiceInitListener, ErrorHandler {

    private static final Logger LOG = LoggerFactory.getLogger(UiErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        String reference = reference();
        LOG.error("Unexpected error in the UI [{}]", reference, event.getThrowable());
        if (com.vaadin.flow.component.UI.getCurrent() != null) {
            Notification notification = Notification.show("Something went wrong and was not saved. Please try again; "
                    + "if it happens again, give the administrator this reference: " + reference, 8000,
                    Notification.Position.BOTTOM_CENTER);
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    static String reference() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
