package org.goldset.export;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.goldset.annotation.AnnotationPages;
import org.goldset.annotation.AnnotationStatus;
import org.goldset.corpus.DocumentPages;
import org.goldset.corpus.DocumentStatus;
import org.goldset.corpus.StoredDocument;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The export's pages, read one step ahead on a thread of their own: while the caller turns one page
 * into the format, the next is read from the database, so the two halves of an export use both
 * cores. At most {@link #AHEAD} pages wait, so memory stays bounded by the page size.
 *
 * <p>Every page is read inside one read-only transaction, so the export is a snapshot: the state
 * of the database at the moment the export began, however long it runs and whatever analysts
 * decide meanwhile (SQLite's WAL snapshot; PostgreSQL's REPEATABLE READ).
 */
final class PrefetchedPages implements AutoCloseable {

    static final int AHEAD = 2;

    /**
     * A page of documents with their annotations (and, for an export of every layer, each analyst's
     * layers: their names by document, and each layer's annotations); empty documents mark the end.
     */
    record Loaded(List<StoredDocument> documents, AnnotationPages.Page annotations,
                  Map<Long, List<String>> layersOf, Map<String, AnnotationPages.Page> layers, RuntimeException failure) {
    }

    private static final Loaded END = new Loaded(List.of(), null, Map.of(), Map.of(), null);

    private final BlockingQueue<Loaded> queue = new ArrayBlockingQueue<>(AHEAD);
    private final Thread reader;
    private volatile boolean closed;

    PrefetchedPages(DocumentPages documents, AnnotationPages annotations, Collection<DocumentStatus> documentStatuses,
                    Set<AnnotationStatus> included, ExportOptions options, int pageSize, TransactionTemplate snapshot) {
        reader = Thread.ofPlatform().name("goldset-export-reader").daemon().unstarted(() -> {
            try {
                snapshot.executeWithoutResult(status -> readEveryPage(documents, annotations, documentStatuses,
                        included, options, pageSize));
            } catch (RuntimeException failure) {
                hand(new Loaded(List.of(), null, Map.of(), Map.of(), failure));
            }
        });
        reader.start();
    }

    private void readEveryPage(DocumentPages documents, AnnotationPages annotations,
                               Collection<DocumentStatus> documentStatuses, Set<AnnotationStatus> included,
                               ExportOptions options, int pageSize) {
        long lastId = 0;
        List<StoredDocument> page;
        while (!closed && !(page = documents.after(lastId, documentStatuses, pageSize)).isEmpty()) {
            long first = page.getFirst().id();
            long last = page.getLast().id();
            Map<Long, List<String>> layersOf = options.allLayers()
                    ? annotations.analystLayersBetween(first, last) : Map.of();
            Map<String, AnnotationPages.Page> layers = new HashMap<>();
            layersOf.values().stream().flatMap(List::stream).distinct().forEach(layer ->
                    layers.put(layer, annotations.between(first, last, included, layer)));
            hand(new Loaded(page, annotations.between(first, last, included, options.layer()), layersOf, layers,
                    null));
            lastId = page.getLast().id();
        }
        hand(END);
    }

    /** The next page; an empty one when every page has been read. Rethrows what stopped the reading. */
    Loaded next() {
        try {
            Loaded page = queue.take();
            if (page.failure() != null) {
                throw page.failure();
            }
            return page;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the export was interrupted", e);
        }
    }

    /** Stops the reading (when the writing failed or is done) without waiting for a full queue. */
    @Override
    public void close() {
        closed = true;
        queue.clear();
    }

    private void hand(Loaded page) {
        try {
            while (!closed && !queue.offer(page, 100, TimeUnit.MILLISECONDS)) {
                // The writer is busy: wait for room, unless the export was given up meanwhile.
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
