package org.goldset.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.goldset.base.DatabaseBusy;
import org.goldset.base.IoErrors;
import org.goldset.corpus.CorpusImported;
import org.goldset.format.FormatRegistry;
import org.goldset.format.GoldFormat;
import org.goldset.format.ImportFileException;
import org.goldset.format.ImportProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;

/**
 * Imports files and folders of articles: plain {@code .txt}, native gold {@code .jsonl}, and the
 * annotated formats of other tools (brat, doccano, Label Studio, spaCy; see {@link FormatRegistry}). Each
 * file is all or nothing: a file with any problem is refused whole, with every problem named by
 * file and line, and the other files still go in. Documents whose text is already stored are
 * skipped, so importing the same corpus twice changes nothing.
 */
@Service
public class CorpusImporter {

    private static final Logger LOG = LoggerFactory.getLogger(CorpusImporter.class);

    private final ImportPipeline pipeline;
    private final FormatRegistry formats;
    private final ApplicationEventPublisher events;

    CorpusImporter(ImportPipeline pipeline, FormatRegistry formats, ApplicationEventPublisher events) {
        this.pipeline = pipeline;
        this.formats = formats;
        this.events = events;
    }

    public ImportReport importPaths(List<Path> paths, ImportProgress progress) {
        return importPaths(paths, null, null, progress);
    }

    /**
     * With a {@code format}, every file given (and every file of that kind in a folder) is read as that
     * format. With an {@code analyst}, the annotations are that analyst's finished layer (annotations
     * made elsewhere, to compare and curate): a text already in the corpus gets the layer instead of
     * being skipped. Without, they are the shared layer, and a DONE document's gold.
     */
    public ImportReport importPaths(List<Path> paths, GoldFormat format, String analyst, ImportProgress progress) {
        ImportReport report = new ImportReport();
        List<Source> sources = new ArrayList<>();
        for (Path path : paths) {
            collectSources(path, format, sources, report);
        }
        for (int i = 0; i < sources.size(); i++) {
            Source source = sources.get(i);
            importSource(source, analyst, report, progress);
            progress.fileDone(i + 1, sources.size(), source.path(), report);
        }
        if (report.documentsImported() > 0) {
            events.publishEvent(new CorpusImported(report.documentsImported()));
        }
        return report;
    }

    private void importSource(Source source, String analyst, ImportReport report, ImportProgress progress) {
        report.fileRead();
        Path file = source.path();
        try {
            pipeline.importFile(file, source.format(), analyst, report, progress);
        } catch (ImportFileException e) {
            report.problem(new ImportProblem(file, e.line(), e.getMessage()));
        } catch (MultipleProblemsException e) {
            e.problems().forEach(report::problem);
        } catch (IOException e) {
            report.problem(new ImportProblem(file, 0, "cannot read the file: " + IoErrors.reason(e)));
        } catch (UncheckedIOException e) {
            report.problem(new ImportProblem(file, 0, "cannot read the file: " + IoErrors.reason(e)));
        } catch (DataAccessException e) {
            // One file's failure is that file's: it was rolled back, the next files still go in.
            if (DatabaseBusy.isBusy(e)) {
                report.problem(new ImportProblem(file, 0, "the database stayed busy (another process holds its write "
                        + "lock); nothing of this file was imported, import it again"));
            } else {
                LOG.error("Storing {} failed", file, e);
                report.problem(new ImportProblem(file, 0, "the database refused it ("
                        + e.getMostSpecificCause().getMessage() + "); nothing of this file was imported"));
            }
        }
    }

    /**
     * A file given by name is read as the format asked for, or the one its name and content show. A
     * folder a format claims (brat's .ann files) is one source; other folders are walked in name order,
     * passing over hidden files and files of no known kind.
     */
    private void collectSources(Path path, GoldFormat format, List<Source> sources, ImportReport report) {
        if (Files.isRegularFile(path) || (Files.isDirectory(path) && (format != null ? format.readsFolders()
                : formats.detect(path).isPresent()))) {
            GoldFormat chosen = format != null ? format : formats.detect(path).orElse(null);
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
        List<Path> sourceFolders = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(path)) {
            walk.filter(file -> !file.getFileName().toString().startsWith(".")).sorted().forEach(file -> {
                if (sourceFolders.stream().anyMatch(file::startsWith)) {
                    return;
                }
                if (Files.isSymbolicLink(file)) {
                    report.problem(new ImportProblem(file, 0, "a symbolic link; Goldset does not follow links inside "
                            + "a folder (name the file itself, or copy it in)"));
                    return;
                }
                Optional<GoldFormat> folderFormat = Files.isDirectory(file) && !file.equals(path) && format == null
                        ? formats.detect(file) : Optional.empty();
                if (folderFormat.isPresent()) {
                    sourceFolders.add(file);
                    sources.add(new Source(file, folderFormat.get()));
                } else if (Files.isRegularFile(file)) {
                    Optional<GoldFormat> kind = format == null ? formats.detect(file)
                            : Optional.of(format).filter(forced -> FormatRegistry.readsFilesNamedLike(forced, file));
                    kind.ifPresent(chosen -> sources.add(new Source(file, chosen)));
                }
            });
        } catch (IOException e) {
            report.problem(new ImportProblem(path, 0, "cannot read the folder: " + e.getMessage()));
        }
    }

    /** One thing to import: a file, or a brat folder or zip, and the format to read it in. */
    private record Source(Path path, GoldFormat format) {
    }

    /** Called after each file, and every {@value #DOCUMENTS_PER_CALL} documents inside a long one. */
    @FunctionalInterface
    public interface ImportProgress {
        ImportProgress NONE = (done, total, file, report) -> { };

        /** How often {@link #documentsRead} is called within one file. */
        int DOCUMENTS_PER_CALL = 1_000;

        void fileDone(int done, int total, Path file, ImportReport report);

        /** Documents read so far from a file that is still being imported (not yet committed). */
        default void documentsRead(Path file, int documents) {
        }
    }
}
