package org.goldset.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Imports files and folders of articles: plain {@code .txt} and native gold {@code .jsonl}. Each
 * file is all or nothing: a file with any problem is refused whole, with every problem named by
 * file and line, and the other files still go in. Documents whose text is already stored are
 * skipped, so importing the same corpus twice changes nothing.
 */
@Service
public class CorpusImporter {

    private final TextFileImport textFiles;
    private final JsonlFileImport jsonlFiles;
    private final ApplicationEventPublisher events;

    CorpusImporter(TextFileImport textFiles, JsonlFileImport jsonlFiles, ApplicationEventPublisher events) {
        this.textFiles = textFiles;
        this.jsonlFiles = jsonlFiles;
        this.events = events;
    }

    public ImportReport importPaths(List<Path> paths, ImportProgress progress) {
        ImportReport report = new ImportReport();
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            collectFiles(path, files, report);
        }
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            importFile(file, report);
            progress.fileDone(i + 1, files.size(), file, report);
        }
        if (report.documentsImported() > 0) {
            events.publishEvent(new CorpusImported(report.documentsImported()));
        }
        return report;
    }

    private void importFile(Path file, ImportReport report) {
        report.fileRead();
        try {
            switch (FileKind.of(file)) {
                case TEXT -> textFiles.importFile(file, report);
                case JSONL -> jsonlFiles.importFile(file, report);
                case UNSUPPORTED -> report.problem(new ImportProblem(file, 0,
                        "unsupported file type; Goldset imports .txt and .jsonl files"));
            }
        } catch (ImportFileException e) {
            report.problem(new ImportProblem(file, e.line(), e.getMessage()));
        } catch (MultipleProblemsException e) {
            e.problems().forEach(report::problem);
        } catch (IOException e) {
            report.problem(new ImportProblem(file, 0, "cannot read the file: " + e.getMessage()));
        }
    }

    /** Folders are walked in name order; their unsupported and hidden files are passed over. */
    private static void collectFiles(Path path, List<Path> files, ImportReport report) {
        if (Files.isRegularFile(path)) {
            files.add(path);
            return;
        }
        if (!Files.isDirectory(path)) {
            report.problem(new ImportProblem(path, 0, "no such file or folder"));
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            walk.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().startsWith("."))
                    .filter(file -> FileKind.of(file) != FileKind.UNSUPPORTED)
                    .sorted()
                    .forEach(files::add);
        } catch (IOException e) {
            report.problem(new ImportProblem(path, 0, "cannot read the folder: " + e.getMessage()));
        }
    }

    private enum FileKind {
        TEXT, JSONL, UNSUPPORTED;

        static FileKind of(Path file) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".txt")) {
                return TEXT;
            }
            return name.endsWith(".jsonl") || name.endsWith(".ndjson") ? JSONL : UNSUPPORTED;
        }
    }

    /** Called after each file, e.g. to print progress on long imports. */
    @FunctionalInterface
    public interface ImportProgress {
        ImportProgress NONE = (done, total, file, report) -> { };

        void fileDone(int done, int total, Path file, ImportReport report);
    }
}
