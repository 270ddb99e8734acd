package org.goldset.importing.ui;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import org.goldset.format.ImportProblem;
import org.goldset.importing.CorpusImporter;
import org.goldset.importing.UploadedImports;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * Import articles from the browser (curators): drop or choose files of any importable format, then
 * import them as the {@code import} command does — each file whole or not at all, the same text twice
 * skipped, a zip whose entries would escape its folder or are too many or too large refused before
 * anything is stored — with progress by file and every problem listed by file and line.
 */
public final class ImportDialog extends Dialog {

    /** The largest file the browser sends (the server's own limit is spring.servlet.multipart.*). */
    static final int MOST_BYTES = 200 * 1024 * 1024;

    private final UploadedImports imports;
    private final Runnable afterImport;
    private final List<Staged> staged = Collections.synchronizedList(new ArrayList<>());
    private final Button start = new Button("Import", VaadinIcon.UPLOAD.create());
    private final ProgressBar progress = new ProgressBar();
    private final Div outcome = new Div();
    private final Grid<ImportProblem> problems = new Grid<>();

    /** A file the browser sent, waiting in a temporary file for "Import". */
    private record Staged(String name, File file) implements UploadedImports.Upload {

        @Override
        public InputStream open() throws IOException {
            return Files.newInputStream(file.toPath());
        }
    }

    public ImportDialog(UploadedImports imports, Runnable afterImport) {
        this.imports = imports;
        this.afterImport = afterImport;
        setHeaderTitle("Import articles");
        setWidth("min(60rem, 95vw)");
        Paragraph about = new Paragraph("Plain text, Goldset JSON Lines, brat (.zip), doccano, Label Studio, spaCy."
                + " Each file goes in whole or not at all; a text already in the corpus is skipped.");
        Upload upload = new Upload(UploadHandler.toTempFile((metadata, file) ->
                staged.add(new Staged(metadata.fileName(), file))));
        upload.setMaxFileSize(MOST_BYTES);
        upload.setMaxFiles(100);
        upload.setAcceptedFileTypes(imports.acceptedEndings().toArray(String[]::new));
        upload.setWidthFull();
        upload.addAllFinishedListener(finished -> start.setEnabled(!staged.isEmpty()));
        upload.addFileRejectedListener(rejected -> outcome.setText(rejected.getFileName() + ": "
                + rejected.getErrorMessage()));
        upload.addFileRemovedListener(removed -> {
            staged.removeIf(file -> file.name().equals(removed.getFileName()));
            start.setEnabled(!staged.isEmpty());
        });

        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClassName("goldset-import-start");
        start.setEnabled(false);
        start.addClickListener(click -> importStaged());
        progress.setVisible(false);
        outcome.addClassName("goldset-import-outcome");
        problems.addColumn(problem -> problem.file() == null ? "" : problem.file().toString()).setHeader("File")
                .setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(problem -> problem.line() > 0 ? String.valueOf(problem.line()) : "").setHeader("Line")
                .setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(ImportProblem::message).setHeader("Problem").setFlexGrow(1);
        problems.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        problems.setAllRowsVisible(true);
        problems.setVisible(false);
        problems.addClassName("goldset-import-problems");

        VerticalLayout content = new VerticalLayout(about, upload, progress, outcome, problems);
        content.setPadding(false);
        add(content);
        getFooter().add(new Button("Close", click -> close()), start);
        addOpenedChangeListener(change -> {
            if (!change.isOpened()) {
                discardStaged();
            }
        });
    }

    /** Imports off the UI thread, as the user who clicked, and shows the outcome when done. */
    private void importStaged() {
        UI ui = UI.getCurrent();
        List<Staged> files = List.copyOf(staged);
        start.setEnabled(false);
        progress.setVisible(true);
        progress.setIndeterminate(files.size() == 1);
        progress.setValue(0);
        outcome.setText("Importing " + files.size() + " file(s)…");
        ui.setPollInterval(500);
        CorpusImporter.ImportProgress onFile = (done, total, file, report) ->
                ui.access(() -> progress.setValue(total == 0 ? 1 : (double) done / total));
        CompletableFuture.runAsync(DelegatingSecurityContextRunnable.create(() -> {
            try {
                UploadedImports.Result result = imports.importUploads(files, null, onFile);
                ui.access(() -> show(result));
            } catch (RuntimeException failure) {
                ui.access(() -> outcome.setText("The import failed: " + failure.getMessage()));
            } finally {
                ui.access(() -> {
                    progress.setVisible(false);
                    ui.setPollInterval(-1);
                });
            }
        }, null));
        staged.clear();
    }

    private void show(UploadedImports.Result result) {
        outcome.setText(result.report().summary() + ".");
        problems.setItems(result.problems());
        problems.setVisible(!result.problems().isEmpty());
        afterImport.run();
    }

    private void discardStaged() {
        synchronized (staged) {
            staged.forEach(file -> file.file().delete());
            staged.clear();
        }
    }
}
