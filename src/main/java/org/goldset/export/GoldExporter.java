package org.goldset.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import org.goldset.annotation.AnnotationStatus;
import org.goldset.annotation.EntityMention;
import org.goldset.annotation.EntityService;
import org.goldset.annotation.Event;
import org.goldset.annotation.EventService;
import org.goldset.corpus.Document;
import org.goldset.corpus.DocumentService;
import org.goldset.format.ExportWarnings;
import org.goldset.format.FormatRegistry;
import org.goldset.format.GoldFormat;
import org.goldset.format.GoldFormatWriter;
import org.goldset.format.jsonl.JsonlFormat;
import org.goldset.gold.GoldDocument;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Exports the corpus in any writable {@link GoldFormat}. Documents are read a page of ids at a time and written
 * one by one, each in its own short read transaction, so memory does not grow with the corpus and
 * analysts can keep working while a long export runs.
 */
@Service
public class GoldExporter {

    static final int PAGE_SIZE = 200;

    private final DocumentService documents;
    private final EntityService annotations;
    private final EventService events;
    private final FormatRegistry formats;
    private final TransactionTemplate readOnly;

    GoldExporter(DocumentService documents, EntityService annotations, EventService events, FormatRegistry formats,
                 TransactionTemplate transaction) {
        this.documents = documents;
        this.events = events;
        this.formats = formats;
        this.annotations = annotations;
        this.readOnly = new TransactionTemplate(transaction.getTransactionManager());
        this.readOnly.setReadOnly(true);
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
     * so a failed export never leaves a truncated dataset that looks finished.
     */
    public ExportReport exportToFile(Path target, GoldFormat format, ExportOptions options, ExportProgress progress)
            throws IOException {
        Path absolute = target.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path partial = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".partial");
        try {
            ExportReport report;
            try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
                report = export(stream, format, options, progress);
            }
            Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return report;
        } finally {
            Files.deleteIfExists(partial);
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
        try {
            writer.begin(out);
            long lastId = 0;
            List<Long> page;
            while (!(page = documents.findDocumentIdsAfter(lastId, options.documentStatuses(), PAGE_SIZE)).isEmpty()) {
                for (Long documentId : page) {
                    GoldDocument gold = readOnly.execute(status -> load(documentId, included, warnings));
                    if (gold != null) {
                        writer.writeDocument(gold);
                        documentCount++;
                        entityCount += gold.entities().size();
                        eventCount += gold.events().size();
                    }
                    lastId = documentId;
                }
                progress.documentsWritten(documentCount);
            }
            writer.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the export: " + e.getMessage(), e);
        }
        return new ExportReport(documentCount, entityCount, eventCount, warnings.lines());
    }

    private static GoldFormat.Writing writing(GoldFormat format) {
        return format.writing().orElseThrow(() ->
                new IllegalArgumentException("Goldset reads " + format.id() + " but does not write it"));
    }

    private GoldDocument load(long documentId, Set<AnnotationStatus> included, ExportWarnings warnings) {
        Document document = documents.findDocument(documentId).orElse(null);
        if (document == null) {
            return null; // deleted while the export ran
        }
        List<EntityMention> entities = annotations.findEntities(documentId, included);
        List<Event> events = this.events.findEvents(documentId).stream()
                .filter(event -> included.contains(event.getStatus()))
                .toList();
        return GoldDocumentAssembler.assemble(document, entities, events, included, warnings);
    }

    /** Called after each page of documents, e.g. to print progress on long exports. */
    @FunctionalInterface
    public interface ExportProgress {
        ExportProgress NONE = written -> { };

        void documentsWritten(long written);
    }
}
