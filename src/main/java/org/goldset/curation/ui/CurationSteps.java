package org.goldset.curation.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import com.vaadin.flow.spring.annotation.VaadinSessionScope;
import org.goldset.curation.CurationStep;
import org.springframework.stereotype.Component;

/**
 * The curator's undo steps of the documents they curated in this session, newest first: leaving a
 * document and coming back keeps them (as the review screen's histories do).
 */
@Component
@VaadinSessionScope
class CurationSteps {

    private final Map<Long, Deque<CurationStep>> byDocument = new HashMap<>();

    synchronized Deque<CurationStep> of(long documentId) {
        return byDocument.computeIfAbsent(documentId, id -> new ArrayDeque<>());
    }
}
