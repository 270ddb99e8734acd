package org.goldset.review;

import java.util.List;
import java.util.Optional;
import org.goldset.annotation.AnnotationService;
import org.goldset.annotation.EntityMention;
import org.goldset.annotation.Span;
import org.goldset.corpus.Document;
import org.goldset.corpus.DocumentService;
import org.goldset.corpus.DocumentStatus;
import org.goldset.schema.AnnotationSchema;
import org.springframework.stereotype.Service;

/**
 * The rules of reviewing a document: opening it moves it to IN_REVIEW, manual annotations must lie
 * inside the text and carry a schema label, finishing it moves it to DONE and finds the next one.
 */
@Service
public class ReviewService {

    private final DocumentService documents;
    private final AnnotationService annotations;
    private final AnnotationSchema schema;

    ReviewService(DocumentService documents, AnnotationService annotations, AnnotationSchema schema) {
        this.documents = documents;
        this.annotations = annotations;
        this.schema = schema;
    }

    /** The document to review; a NEW one becomes IN_REVIEW. */
    public Optional<Document> openDocument(long documentId, String analyst) {
        Optional<Document> document = documents.findDocument(documentId);
        if (document.isPresent() && document.get().getStatus() == DocumentStatus.NEW) {
            return Optional.of(documents.changeStatus(documentId, document.get().getVersion(),
                    DocumentStatus.IN_REVIEW, analyst));
        }
        return document;
    }

    public EntityMention addEntity(Document document, Span span, String label, String analyst) {
        if (!schema.hasEntityType(label)) {
            throw new IllegalArgumentException("\"" + label + "\" is not a label of the schema ("
                    + schema.entityTypeNames() + ")");
        }
        if (span.end() > document.getTextLength()) {
            throw new IllegalArgumentException("the selection ends outside the text");
        }
        return annotations.addManualEntity(document.getId(), span, label, analyst);
    }

    public Document finishDocument(Document document, String analyst) {
        return documents.changeStatus(document.getId(), document.getVersion(), DocumentStatus.DONE, analyst);
    }

    /** The first document after this one (then from the start) that is not DONE. */
    public Optional<Long> nextToReview(long afterDocumentId) {
        List<DocumentStatus> open = List.of(DocumentStatus.NEW, DocumentStatus.IN_REVIEW);
        List<Long> after = documents.findDocumentIdsAfter(afterDocumentId, open, 1);
        if (!after.isEmpty()) {
            return Optional.of(after.getFirst());
        }
        return documents.findDocumentIdsAfter(0, open, 1).stream().filter(id -> id != afterDocumentId).findFirst();
    }
}
