package org.goldset.review.listing;

import java.time.Instant;
import java.time.LocalDate;
import org.goldset.annotation.DocumentTally;
import org.goldset.corpus.DocumentStatus;
import org.goldset.corpus.DocumentSummary;

/**
 * One line of the documents list: the document's metadata, its annotations by status and, when the
 * list is searched, where the article text matches (null otherwise).
 */
public record DocumentRow(DocumentSummary document, DocumentTally tally, SearchSnippet snippet) {

    public Long id() {
        return document.id();
    }

    public String externalId() {
        return document.externalId();
    }

    public String title() {
        return document.title();
    }

    public String outlet() {
        return document.outlet();
    }

    public LocalDate publishedOn() {
        return document.publishedOn();
    }

    public DocumentStatus status() {
        return document.status();
    }

    public Instant importedAt() {
        return document.importedAt();
    }

    public int textLength() {
        return document.textLength();
    }

    public long pending() {
        return tally.pending();
    }

    public long accepted() {
        return tally.accepted();
    }

    public long rejected() {
        return tally.rejected();
    }

    public long events() {
        return tally.events();
    }

    public long pendingEvents() {
        return tally.pendingEvents();
    }
}
