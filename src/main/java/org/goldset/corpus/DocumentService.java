package org.goldset.corpus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.goldset.base.Json;
import org.goldset.history.Decision;
import org.goldset.history.DecisionHistory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds documents and moves them through NEW → IN_REVIEW → DONE, recording every move. */
@Service
public class DocumentService {

    private final DocumentRepository documents;
    private final DecisionHistory decisionHistory;

    DocumentService(DocumentRepository documents, DecisionHistory decisionHistory) {
        this.documents = documents;
        this.decisionHistory = decisionHistory;
    }

    @Transactional(readOnly = true)
    public Optional<Document> findDocument(long id) {
        return documents.findById(id);
    }

    @Transactional(readOnly = true)
    public Optional<Document> findByExternalId(String externalId) {
        return documents.findByExternalId(externalId);
    }

    @Transactional(readOnly = true)
    public long countDocuments() {
        return documents.count();
    }

    @Transactional(readOnly = true)
    public long countDocuments(DocumentStatus status) {
        return documents.countByStatus(status);
    }

    /** The next page of document ids after {@code afterId}, for streaming over a corpus of any size. */
    @Transactional(readOnly = true)
    public List<Long> findDocumentIdsAfter(long afterId, List<DocumentStatus> statuses, int pageSize) {
        return documents.findIdsAfter(afterId, statuses, Limit.of(pageSize));
    }

    /** Stores a new document; the caller's transaction decides whether it is kept. */
    @Transactional
    public Document addDocument(Document document) {
        return documents.saveAndFlush(document);
    }

    @Transactional
    public Document changeStatus(long documentId, long expectedVersion, DocumentStatus status, String actor) {
        Document document = documents.findById(documentId)
                .orElseThrow(() -> new IllegalArgumentException("document " + documentId + " does not exist"));
        if (document.getVersion() != expectedVersion) {
            throw new StaleDocumentException(document.getTitle());
        }
        DocumentStatus before = document.getStatus();
        if (before == status) {
            return document;
        }
        document.setStatus(status);
        Document saved = documents.saveAndFlush(document);
        decisionHistory.documentStatusChanged(documentId, before.name(), status.name(), actor);
        return saved;
    }

    /**
     * Deletes a document with its annotations, layers and assignments (administrators). Its decision
     * history stays, as the history of everything does, with a last row saying who deleted it and
     * what it was. Returns false when there is no such document.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public boolean deleteDocument(long documentId, String actor) {
        Optional<Document> found = documents.findById(documentId);
        if (found.isEmpty()) {
            return false;
        }
        Document document = found.get();
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("external_id", document.getExternalId());
        before.put("title", document.getTitle());
        before.put("status", document.getStatus().name());
        before.put("text_hash", document.getTextHash());
        decisionHistory.record(documentId, Decision.TargetKind.DOCUMENT, documentId, Decision.Action.DELETE,
                Json.MAPPER.writeValueAsString(before), null, actor, null);
        documents.delete(document);
        documents.flush();
        return true;
    }
}
