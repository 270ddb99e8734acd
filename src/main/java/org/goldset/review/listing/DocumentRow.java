package org.goldset.review.listing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.goldset.annotation.DocumentTally;
import org.goldset.corpus.DocumentStatus;
import org.goldset.corpus.DocumentSummary;

/**
 * One line of the documents list: the document's metadata, its annotations by status (of the
 * reader's layer), when the list is searched where the article text matches (null otherwise), and
 * the analysts working on it with how far they are, and how many analysts it needs.
 */
public record DocumentRow(DocumentSummary document, DocumentTally tally, SearchSnippet snippet,
                          List<Annotator> annotators, int annotatorsNeeded) {

    public DocumentRow {
        annotators = List.copyOf(annotators);
    }

    /** An analyst with a layer of the document, and its state: NEW (assigned), IN_PROGRESS or DONE. */
    public record Annotator(String name, String state) {

        /** From the listing's "name=STATE,…" (null: nobody). */
        static List<Annotator> parse(String joined) {
            if (joined == null || joined.isEmpty()) {
                return List.of();
            }
            return Arrays.stream(joined.split(",")).map(entry -> {
                int split = entry.lastIndexOf('=');
                return new Annotator(entry.substring(0, split), entry.substring(split + 1));
            }).sorted(Comparator.comparing(Annotator::name)).toList();
        }

        public boolean done() {
            return "DONE".equals(state);
        }
    }

    /** Places no analyst holds yet: how many more analysts the document needs than have a layer of it. */
    public int openPlaces() {
        return Math.max(0, annotatorsNeeded - annotators.size());
    }

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
