package org.goldset.review.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.goldset.base.ui.MainLayout;
import org.goldset.review.NotInQueueException;

/** Shown when an analyst opens a document that is not theirs to annotate: why, and the way back. */
@ParentLayout(MainLayout.class)
@PermitAll
class NotInQueueView extends VerticalLayout implements HasErrorParameter<NotInQueueException> {

    private final Paragraph message = new Paragraph();

    NotInQueueView() {
        addClassName("goldset-not-in-queue");
        add(new H2("Not in your queue"), message, new Anchor("", "Back to your documents"));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotInQueueException> parameter) {
        message.setText(parameter.getException().getMessage());
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
