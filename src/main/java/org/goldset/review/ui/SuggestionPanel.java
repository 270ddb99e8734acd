package org.goldset.review.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import org.goldset.suggestion.SuggestionJobs;

/**
 * Starts the background suggestion job and shows its progress (documents done, rate, time left),
 * polling once a second while it runs.
 */
@SpringComponent
@UIScope
class SuggestionPanel extends HorizontalLayout {

    static final int POLL_MILLIS = 1000;

    private final SuggestionJobs jobs;
    private final Button start = new Button("Run suggestions", VaadinIcon.MAGIC.create());
    private final ProgressBar bar = new ProgressBar();
    private final Span message = new Span();
    private Runnable onFinished = () -> { };
    private Registration polling;
    private boolean wasRunning;

    SuggestionPanel(SuggestionJobs jobs) {
        this.jobs = jobs;
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.END);
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(click -> {
            jobs.start();
            refresh();
        });
        start.setTooltipText("Suggest entities and events for every document (what analysts decided is kept)");
        bar.setWidth("10em");
        message.addClassName("goldset-job-status");
        // A long report is cut on the line (its full text is the tooltip and the closing notification).
        message.getStyle().set("min-width", "0").set("overflow", "hidden").set("text-overflow", "ellipsis")
                .set("white-space", "nowrap");
        setMinWidth("0");
        add(message, bar, start);
    }

    /** Only curators start runs; others see the progress of one. */
    void allowStarting(boolean allowed) {
        start.setVisible(allowed);
    }

    void onFinished(Runnable action) {
        this.onFinished = action;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        refresh();
        polling = event.getUI().addPollListener(poll -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        polling.remove();
        event.getUI().setPollInterval(-1);
    }

    private void refresh() {
        SuggestionJobs.JobStatus status = jobs.status();
        start.setEnabled(!status.running());
        bar.setVisible(status.running());
        bar.setIndeterminate(status.progress() == null);
        bar.setValue(status.fractionDone());
        message.setText(status.message());
        message.setTitle(status.message());
        // Poll only while the job runs, and switch off only the polling this panel switched on (the
        // export dialog polls too while a download runs).
        if (status.running() || wasRunning) {
            getUI().ifPresent(ui -> ui.setPollInterval(status.running() ? POLL_MILLIS : -1));
        }
        if (wasRunning && !status.running()) {
            onFinished.run();
            // The run's report (e.g. what is no longer suggested, and why) is read in full here.
            Notification.show(status.message(), 8000, Notification.Position.BOTTOM_CENTER);
        }
        wasRunning = status.running();
    }
}
