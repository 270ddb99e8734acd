package org.goldset.review.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.goldset.export.ExportOptions;
import org.goldset.export.GoldExporter;
import org.goldset.export.format.ExportFormat;

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
        Select<ExportFormat> format = new Select<>();
        format.setLabel("Format");
        format.setItems(ExportFormat.values());
        format.setItemLabelGenerator(ExportFormat::description);
        format.setValue(ExportFormat.JSONL);
        format.setWidthFull();
        Checkbox allDocuments = new Checkbox("All documents (not only those marked done)");
        Checkbox includePending = new Checkbox("Include pending suggestions");
        Checkbox includeRejected = new Checkbox("Include rejected annotations");
        Anchor download = new Anchor();
        download.add(new Button("Download", VaadinIcon.DOWNLOAD.create()));
        Runnable refresh = () -> {
            ExportDownload handler = new ExportDownload(exporter, format.getValue(),
                    new ExportOptions(allDocuments.getValue(), includePending.getValue(), includeRejected.getValue()));
            download.setHref(handler);
            download.setDownload(true);
            ComponentUtil.setData(download, ExportDownload.class, handler);
        };
        Stream.of(allDocuments, includePending, includeRejected).forEach(box -> box.addValueChangeListener(change -> refresh.run()));
        format.addValueChangeListener(change -> refresh.run());
        refresh.run();
        Paragraph note = new Paragraph("Offsets count Unicode code points. What a format cannot express is "
                + "listed in the README's table of formats.");
        note.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        dialog.add(new VerticalLayout(format, allDocuments, includePending, includeRejected, note));
        dialog.getFooter().add(new Button("Close", click -> dialog.close()), download);
        dialog.setWidth("36em");
        dialog.open();
        return dialog;
    }

    /** One download: the format and scope chosen when the link was last refreshed. */
    record ExportDownload(GoldExporter exporter, ExportFormat format, ExportOptions options) implements DownloadHandler {

        @Override
        public void handleDownloadRequest(DownloadEvent event) throws IOException {
            event.setFileName(format.fileName("goldset"));
            event.setContentType(format.mediaType());
            try (OutputStream out = event.getOutputStream()) {
                writeTo(out);
            }
        }

        void writeTo(OutputStream out) throws IOException {
            Path file = Files.createTempFile("goldset-export-", "." + format.extension());
            try {
                exporter.exportToFile(file, format, options, GoldExporter.ExportProgress.NONE);
                Files.copy(file, out);
            } finally {
                Files.deleteIfExists(file);
            }
        }
    }
}
