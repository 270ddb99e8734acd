package org.goldset.export;

import java.io.OutputStream;
import java.util.List;
import java.util.Set;
import org.goldset.annotation.AnnotationService;
import org.goldset.annotation.AnnotationStatus;
import org.goldset.annotation.EntityMention;
import org.goldset.annotation.Event;
import org.goldset.corpus.Document;
import org.goldset.corpus.DocumentService;
import org.goldset.gold.GoldDocument;
import org.goldset.gold.GoldJsonlWriter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Exports the corpus as native gold JSONL. Documents are read a page of ids at a time and written
 * one by one, each in its own short read transaction, so memory does not grow with the corpus and
 * analysts can keep working while a long export runs.
 */
@Service
public class GoldExporter {

    static final int PAGE_SIZE = 200;

    private final DocumentService documents;
    private final AnnotationService annotations;
    private final TransactionTemplate readOnly;

    GoldExporter(DocumentService documents, AnnotationService annotations, TransactionTemplate transaction) {
        this.documents = documents;
        this.annotations = annotations;
        this.readOnly = new TransactionTemplate(transaction.getTransactionManager());
        this.readOnly.setReadOnly(true);
    }

    public ExportReport exportJsonl(OutputStream out, ExportOptions options, ExportProgress progress) {
        Set<AnnotationStatus> included = options.annotationStatuses();
        long documentCount = 0;
        long entityCount = 0;
        long eventCount = 0;
        GoldJsonlWriter writer = new GoldJsonlWriter(out);
        long lastId = 0;
        List<Long> page;
        while (!(page = documents.findDocumentIdsAfter(lastId, options.documentStatuses(), PAGE_SIZE)).isEmpty()) {
            for (Long documentId : page) {
                GoldDocument gold = readOnly.execute(status -> load(documentId, included));
                if (gold != null) {
                    writer.write(gold);
                    documentCount++;
                    entityCount += gold.entities().size();
                    eventCount += gold.events().size();
                }
                lastId = documentId;
            }
            progress.documentsWritten(documentCount);
        }
        return new ExportReport(documentCount, entityCount, eventCount);
    }

    private GoldDocument load(long documentId, Set<AnnotationStatus> included) {
        Document document = documents.findDocument(documentId).orElse(null);
        if (document == null) {
            return null; // deleted while the export ran
        }
        List<EntityMention> entities = annotations.findEntities(documentId, included);
        List<Event> events = annotations.findEvents(documentId).stream()
                .filter(event -> included.contains(event.getStatus()))
                .toList();
        return GoldDocumentAssembler.assemble(document, entities, events, included);
    }

    /** Called after each page of documents, e.g. to print progress on long exports. */
    @FunctionalInterface
    public interface ExportProgress {
        ExportProgress NONE = written -> { };

        void documentsWritten(long written);
    }
}
