package org.goldset.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.goldset.corpus.CorpusImported;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Imports files and folders of articles: plain {@code .txt}, native gold {@code .jsonl}, and the
 * annotated formats of other tools (brat, doccano, Label Studio, spaCy; see {@link ImportFormat}). Each
 * file is all or nothing: a file with any problem is refused whole, with every problem named by
 * file and line, and the other files still go in. Documents whose text is already stored are
 * skipped, so importing the same corpus twice changes nothing.
 */
@Service
public class CorpusImporter {

    private final TextFileImport textFiles;
    private final JsonlFileImport jsonlFiles;
    private final FormatFileImport formatFiles;
    private final ApplicationEventPublisher events;

    CorpusImporter(TextFileImport textFiles, JsonlFileImport jsonlFiles, FormatFileImport formatFiles,
                   ApplicationEventPublisher events) {
        this.textFiles = textFiles;
        this.jsonlFiles = jsonlFiles;
        this.formatFiles = formatFiles;
        this.events = events;
    }

    public ImportReport importPaths(List<Path> paths, ImportProgress progress) {
        return importPaths(paths, null, progress);
    }

    /** With a {@code format}, every file given (and every file of that kind in a folder) is read as that format. */
    public ImportReport importPaths(List<Path> paths, ImportFormat format, ImportProgress progress) {
        ImportReport report = new ImportReport();
        List<Source> sources = new ArrayList<>();
        for (Path path : paths) {
            collectSources(path, format, sources, report);
        }
        for (int i = 0; i < sources.size(); i++) {
            Source source = sources.get(i);
            importSource(source, report);
            progress.fileDone(i + 1, sources.size(), source.path(), report);
        }
        if (report.documentsImported() > 0) {
            events.publishEvent(new CorpusImported(report.documentsImported()));
        }
        return report;
    }

    private void importSource(Source source, ImportReport report) {
        report.fileRead();
        Path file = source.path();
        try {
            switch (source.format()) {
                case TEXT -> textFiles.importFile(file, report);
                case JSONL -> jsonlFiles.importFile(file, report);
                default -> formatFiles.importFile(file, source.format(), report);
            }
        } catch (ImportFileException e) {
            report.problem(new ImportProblem(file, e.line(), e.getMessage()));
        } catch (MultipleProblemsException e) {
            e.problems().forEach(report::problem);
        } catch (IOException | UncheckedIOException e) {
            report.problem(new ImportProblem(file, 0, "cannot read the file: " + e.getMessage()));
        }
    }

    /**
     * A file given by name is read as the format asked for, or the one its name and content show. A
     * folder holding .ann files is one brat collection; other folders are walked in name order,
     * passing over hidden files and files of no known kind.
     */
    private static void collectSources(Path path, ImportFormat format, List<Source> sources, ImportReport report) {
        if (Files.isRegularFile(path) || (Files.isDirectory(path) && (format == ImportFormat.BRAT
                || (format == null && ImportFormat.isBratFolder(path))))) {
            ImportFormat chosen = format != null ? format : ImportFormat.detect(path).orElse(null);
            if (chosen == null) {
                report.problem(new ImportProblem(path, 0, "unsupported file type; Goldset imports .txt, .jsonl, "
                        + ".json (Label Studio), .zip or folders (brat); name the format with --format"));
            } else {
                sources.add(new Source(path, chosen));
            }
            return;
        }
        if (!Files.isDirectory(path)) {
            report.problem(new ImportProblem(path, 0, "no such file or folder"));
            return;
        }
        List<Path> bratFolders = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(path)) {
            walk.filter(file -> !file.getFileName().toString().startsWith(".")).sorted().forEach(file -> {
                if (bratFolders.stream().anyMatch(file::startsWith)) {
                    return;
                }
                if (Files.isDirectory(file) && !file.equals(path) && format == null && ImportFormat.isBratFolder(file)) {
                    bratFolders.add(file);
                    sources.add(new Source(file, ImportFormat.BRAT));
                } else if (Files.isRegularFile(file)) {
                    Optional<ImportFormat> kind = format == null ? ImportFormat.detect(file)
                            : Optional.of(format).filter(forced -> forced.readsFilesNamedLike(file));
                    kind.ifPresent(chosen -> sources.add(new Source(file, chosen)));
                }
            });
        } catch (IOException e) {
            report.problem(new ImportProblem(path, 0, "cannot read the folder: " + e.getMessage()));
        }
    }

    /** One thing to import: a file, or a brat folder or zip, and the format to read it in. */
    private record Source(Path path, ImportFormat format) {
    }

    /** Called after each file, e.g. to print progress on long imports. */
    @FunctionalInterface
    public interface ImportProgress {
        ImportProgress NONE = (done, total, file, report) -> { };

        void fileDone(int done, int total, Path file, ImportReport report);
    }
}
