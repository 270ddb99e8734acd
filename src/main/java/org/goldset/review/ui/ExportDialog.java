package org.goldset.review.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import org.goldset.export.ExportOptions;
import org.goldset.export.ExportReport;
import org.goldset.export.GoldExporter;
import org.goldset.format.GoldFormat;

/**
 * Download the corpus in any export format, with the command line's scope options. The download is
 * written in full to a temporary file first, so the browser never receives a half-written export.
 */
final class ExportDialog {

    private ExportDialog() {
    }

    static Dialog open(GoldExporter exporter) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Export the corpus");
        Select<GoldFormat> format = new Select<>();
        format.setLabel("Format");
        format.setItems(exporter.formats());
        format.setItemLabelGenerator(GoldFormat::description);
        format.setValue(exporter.nativeFormat());
        format.setWidthFull();
        Checkbox allDocuments = new Checkbox("All documents (not only those marked done)");
        Checkbox includePending = new Checkbox("Include pending suggestions");
        Checkbox includeRejected = new Checkbox("Include rejected annotations");
        Anchor download = new Anchor();
        download.add(new Button("Download", VaadinIcon.DOWNLOAD.create()));
        Div result = new Div();
        result.addClassName("goldset-export-report");
        Runnable refresh = () -> {
            ExportDownload handler = new ExportDownload(exporter, format.getValue(),
                    new ExportOptions(allDocuments.getValue(), includePending.getValue(), includeRejected.getValue()),
                    report -> {
                        showReport(result, report);
                        dialog.getUI().ifPresent(ui -> ui.setPollInterval(-1));
                    });
            download.setHref(handler);
            download.setDownload(true);
            ComponentUtil.setData(download, ExportDownload.class, handler);
        };
        // No server push here: poll while a download runs, so its report shows as soon as it is done.
        download.getElement().addEventListener("click", click -> {
            result.removeAll();
            result.add(new Paragraph("Exporting…"));
            dialog.getUI().ifPresent(ui -> ui.setPollInterval(1000));
        });
        dialog.addOpenedChangeListener(change -> {
            if (!change.isOpened()) {
                dialog.getUI().ifPresent(ui -> ui.setPollInterval(-1));
            }
        });
        Stream.of(allDocuments, includePending, includeRejected).forEach(box -> box.addValueChangeListener(change -> refresh.run()));
        format.addValueChangeListener(change -> refresh.run());
        refresh.run();
        Paragraph note = new Paragraph("Offsets count Unicode code points. What a format cannot express is "
                + "listed in the README's table of formats.");
        note.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        dialog.add(new VerticalLayout(format, allDocuments, includePending, includeRejected, note, result));
        dialog.getFooter().add(new Button("Close", click -> dialog.close()), download);
        dialog.setWidth("36em");
        dialog.open();
        return dialog;
    }

    /**
     * What the download held and what it left out or could not express, as the command line prints
     * it: a dataset's user must know what is missing from it and why.
     */
    private static void showReport(Div result, ExportReport report) {
        result.removeAll();
        result.add(new Paragraph("Exported " + report.summary() + "."));
        if (!report.warnings().isEmpty()) {
            result.add(new Paragraph("Left out or adapted:"));
            report.warnings().forEach(line -> result.add(new Div(new com.vaadin.flow.component.html.Span("• " + line))));
        }
    }

    /** One download: the format and scope chosen when the link was last refreshed. */
    record ExportDownload(GoldExporter exporter, GoldFormat format, ExportOptions options,
                          Consumer<ExportReport> onDone) implements DownloadHandler {

        @Override
        public void handleDownloadRequest(DownloadEvent event) throws IOException {
            event.setFileName(format.exportFileName("goldset"));
            event.setContentType(exporter.mediaType(format));
            ExportReport report;
            try (OutputStream out = event.getOutputStream()) {
                report = writeTo(out);
            }
            UI ui = event.getUI();
            if (ui != null) {
                ui.access(() -> onDone.accept(report));
            }
        }

        ExportReport writeTo(OutputStream out) throws IOException {
            Path file = Files.createTempFile("goldset-export-", "." + format.extensions().getFirst());
            try {
                ExportReport report = exporter.exportToFile(file, format, options, GoldExporter.ExportProgress.NONE);
                Files.copy(file, out);
                return report;
            } finally {
                Files.deleteIfExists(file);
            }
        }
    }
}
