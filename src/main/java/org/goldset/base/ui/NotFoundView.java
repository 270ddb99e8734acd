package org.goldset.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown for an address that leads nowhere (an unknown page, {@code /review/abc}, a document that
 * does not exist): what went wrong in words, and the way back. Never exception text.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    private final Paragraph message = new Paragraph();

    NotFoundView() {
        addClassName("goldset-not-found");
        add(new H2("Not found"), message, new Anchor("", "Back to the documents"));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        String custom = parameter.hasCustomMessage() ? parameter.getCustomMessage() : null;
        message.setText(custom != null && !custom.isBlank() ? custom
                : "There is no page at /" + event.getLocation().getPath() + ".");
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
