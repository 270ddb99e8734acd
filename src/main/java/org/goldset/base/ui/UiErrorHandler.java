package org.goldset.base.ui;

import java.util.UUID;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.goldset.base.DatabaseBusy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The one error handler of the whole UI: an exception that escapes a click or a key is logged on the
 * server with a short reference, and the analyst sees a plain notification with that reference,
 * never exception text. (Failed navigations land in {@link ErrorView}, which does the same.)
 */
@Component
public class UiErrorHandler implements VaadinServiceInitListener, ErrorHandler {

    private static final Logger LOG = LoggerFactory.getLogger(UiErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    /** What the analyst reads when a write met another process's lock for longer than the busy timeout. */
    public static final String BUSY = "The database is busy with another change (an import, perhaps) — "
            + "your last action was not saved. Try again in a moment.";

    @Override
    public void error(ErrorEvent event) {
        show(describe(event.getThrowable()));
    }

    /**
     * What the analyst reads about a failed action, logged once: the busy message (one WARN line, not
     * a fault), or a plain one with a reference to the logged failure. Never the exception's text,
     * which may be raw SQL. Screens that catch a failed change themselves use it too.
     */
    public static String describe(Throwable failure) {
        if (DatabaseBusy.isBusy(failure)) {
            LOG.warn("A change waited too long for the database's write lock and was not saved");
            return BUSY;
        }
        String reference = reference();
        LOG.error("Unexpected error in the UI [{}]", reference, failure);
        return "Something went wrong and was not saved. Please try again; if it happens again, give the "
                + "administrator this reference: " + reference;
    }

    private static void show(String message) {
        if (com.vaadin.flow.component.UI.getCurrent() != null) {
            Notification notification = Notification.show(message, 8000, Notification.Position.BOTTOM_CENTER);
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    static String reference() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
