package org.goldset.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;
import org.goldset.annotation.AnnotationPages;
import org.goldset.annotation.AnnotationStatus;
import org.goldset.corpus.DocumentPages;
import org.goldset.corpus.DocumentStatus;
import org.goldset.corpus.StoredDocument;
import org.goldset.base.Database;
import org.goldset.base.IoErrors;
import org.goldset.base.PartialFile;
import org.goldset.format.ExportWarnings;
import org.goldset.format.FormatRegistry;
import org.goldset.format.GoldFormat;
import org.goldset.format.GoldFormatWriter;
import org.goldset.format.jsonl.JsonlFormat;
import org.goldset.gold.GoldDocument;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Exports the corpus in any writable {@link GoldFormat}. Documents and their annotations are read a
 * page at a time (a handful of queries a page), one page ahead of the writing on a second thread
 * ({@link PrefetchedPages}), and written one by one, so memory does not grow with the corpus. All
 * pages come from one read-only transaction: the export is a snapshot of one committed state, and
 * analysts keep working while a long export runs (a read never holds SQLite's write lock).
 */
@PreAuthorize("hasRole('CURATOR')")
@Service
public class GoldExporter {

    static final int PAGE_SIZE = 200;

    private final DocumentPages documents;
    private final AnnotationPages annotations;
    private final FormatRegistry formats;

    private final TransactionTemplate snapshot;

    GoldExporter(DocumentPages documents, AnnotationPages annotations, FormatRegistry formats,
                 PlatformTransactionManager transactions, JdbcTemplate jdbc) {
        this.documents = documents;
        this.annotations = annotations;
        this.formats = formats;
        this.snapshot = snapshotTransaction(transactions, jdbc);
    }

    /**
     * One read-only transaction that sees one state throughout: SQLite's deferred read transaction
     * keeps its WAL snapshot from the first read to the end; PostgreSQL needs REPEATABLE READ for that
     * (its default, READ COMMITTED, takes a new snapshot per statement).
     */
    private static TransactionTemplate snapshotTransaction(PlatformTransactionManager transactions, JdbcTemplate jdbc) {
        TransactionTemplate snapshot = new TransactionTemplate(transactions);
        snapshot.setReadOnly(true);
        if (Database.isPostgresql(jdbc)) {
            snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        }
        return snapshot;
    }

    /** The formats Goldset writes, by id. */
    public List<GoldFormat> formats() {
        return formats.writable();
    }

    /** Goldset's own JSONL, the format that keeps everything. */
    public GoldFormat nativeFormat() {
        return formats.get(JsonlFormat.ID);
    }

    public String mediaType(GoldFormat format) {
        return writing(format).mediaType();
    }

    public ExportReport exportJsonl(OutputStream out, ExportOptions options, ExportProgress progress) {
        return export(out, nativeFormat(), options, progress);
    }

    /**
     * Exports to a file that appears only when complete: written beside the target and moved into place,
     * so a failed export never leaves a truncated dataset that looks finished. The file gets the
     * permissions any new file of the process gets (its umask), as if written by the shell. Check the
     * target with {@link ExportTarget} first.
     *
     * @throws ExportWriteException naming the file and why it could not be written
     */
    public ExportReport exportToFile(Path target, GoldFormat format, ExportOptions options, ExportProgress progress) {
        Path absolute = target.toAbsolutePath().normalize();
        try {
            Files.createDirectories(absolute.getParent());
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new ExportWriteException(absolute, e.getFile() + " is a file, not a folder", e);
        } catch (IOException e) {
            throw new ExportWriteException(absolute, "cannot create its folder: " + IoErrors.reason(e), e);
        }
        Path partial = PartialFile.beside(absolute);
        try {
            ExportReport report;
            try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(partial,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 1 << 16)) {
                report = export(stream, format, options, progress);
            }
            Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return report;
        } catch (IOException e) {
            throw new ExportWriteException(absolute, IoErrors.reason(e), e);
        } catch (UncheckedIOException e) {
            throw new ExportWriteException(absolute, IoErrors.reason(e), e);
        } finally {
            PartialFile.remove(partial);
        }
    }

    /** Streams the chosen documents in a format; the stream is flushed, not closed. */
    public ExportReport export(OutputStream out, GoldFormat format, ExportOptions options, ExportProgress progress) {
        Set<AnnotationStatus> included = options.annotationStatuses();
        ExportWarnings warnings = new ExportWarnings();
        GoldFormatWriter writer = writing(format).newWriter(warnings);
        long documentCount = 0;
        long entityCount = 0;
        long eventCount = 0;
        if (options.allLayers() && !format.id().equals(nativeFormat().id())) {
            throw new IllegalArgumentException("--all-layers writes Goldset JSONL only, not " + format.id());
        }
        try (PrefetchedPages pages = new PrefetchedPages(documents, annotations, options.documentStatuses(), included,
                options, PAGE_SIZE, snapshot)) {
            writer.begin(out);
            PrefetchedPages.Loaded page;
            while (!(page = pages.next()).documents().isEmpty()) {
                for (StoredDocument document : page.documents()) {
                    GoldDocument gold = GoldDocumentAssembler.assemble(document, page.annotations(), included, warnings);
                    writer.writeDocument(gold);
                    documentCount++;
                    entityCount += gold.entities().size();
                    eventCount += gold.events().size();
                    for (String layer : page.layersOf().getOrDefault(document.id(), List.of())) {
                        AnnotationPages.Page annotationsOfLayer = page.layers().get(layer);
                        writer.writeDocument(GoldDocumentAssembler.assemble(document, annotationsOfLayer, included,
                                warnings).byAnnotator(layer));
                    }
                }
                progress.documentsWritten(documentCount);
            }
            writer.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ExportReport(documentCount, entityCount, eventCount, warnings.lines());
    }

    /**
     * One document in Goldset's own shape (code-point offsets), exactly as an export with these
     * options would write it, whatever its status; empty when there is no such document. An analyst
     * reads their own layer only (which documents they may open is the caller's check).
     */
    @PreAuthorize("hasRole('CURATOR') or (hasRole('ANALYST') and #options.layer() == authentication.name)")
    public java.util.Optional<GoldDocument> document(long id, ExportOptions options) {
        Set<AnnotationStatus> included = options.annotationStatuses();
        return snapshot.execute(transaction -> {
            List<StoredDocument> found = documents.after(id - 1, List.of(DocumentStatus.values()), 1);
            if (found.isEmpty() || found.getFirst().id() != id) {
                return java.util.Optional.<GoldDocument>empty();
            }
            AnnotationPages.Page page = annotations.between(id, id, included, options.layer());
            return java.util.Optional.of(GoldDocumentAssembler.assemble(found.getFirst(), page, included,
                    new ExportWarnings()));
        });
    }

    private static GoldFormat.Writing writing(GoldFormat format) {
        return format.writing().orElseThrow(() ->
                new IllegalArgumentException("Goldset reads " + format.id() + " but does not write it"));
    }

    /** Called after each page of documents, e.g. to print progress on long exports. */
    @FunctionalInterface
    public interface ExportProgress {
        ExportProgress NONE = written -> { };

        void documentsWritten(long written);
    }
}
