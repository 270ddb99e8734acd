package org.goldset.assignment;

import org.goldset.annotation.AnnotationLayers.Finished;
import org.goldset.corpus.Document;
import org.goldset.corpus.DocumentService;
import org.goldset.corpus.DocumentStatus;
import org.springframework.stereotype.Component;

/**
 * Where a document goes when its analysts' layers are finished (decision 017): to DONE when one
 * finished layer became its gold, to CURATING when two or more wait for a curator; it stays where
 * it is while it waits for more analysts.
 */
@Component
public class DocumentStages {

    private final DocumentService documents;

    DocumentStages(DocumentService documents) {
        this.documents = documents;
    }

    /** The document's status after {@code finished}, from {@code current}. */
    public static DocumentStatus after(Finished finished, DocumentStatus current) {
        return switch (finished) {
            case GOLD -> DocumentStatus.DONE;
            case CURATING -> DocumentStatus.CURATING;
            case WAITING -> current == DocumentStatus.NEW ? DocumentStatus.NEW : DocumentStatus.IN_REVIEW;
        };
    }

    /** Moves a document on after a curator's change of plan, recorded as the curator's decision. */
    void moveOn(long documentId, Finished finished, String curator) {
        Document document = documents.findDocument(documentId).orElseThrow();
        documents.changeStatus(documentId, document.getVersion(), after(finished, document.getStatus()), curator);
    }
}
