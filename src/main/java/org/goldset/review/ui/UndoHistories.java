package org.goldset.review.ui;

import java.util.HashMap;
import java.util.Map;
import com.vaadin.flow.spring.annotation.VaadinSessionScope;
import org.springframework.stereotype.Component;

/**
 * The undo histories of the documents an analyst opened in this session: leaving a document and
 * coming back keeps its undo and redo steps.
 */
@Component
@VaadinSessionScope
class UndoHistories {

    private final Map<Long, UndoHistory> byDocument = new HashMap<>();

    synchronized UndoHistory of(long documentId) {
        return byDocument.computeIfAbsent(documentId, id -> new UndoHistory());
    }
}
