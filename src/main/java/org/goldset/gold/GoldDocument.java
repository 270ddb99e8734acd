package org.goldset.gold;

import java.util.List;

/**
 * One line of Goldset's native JSONL: a document with its metadata and annotations. Offsets are
 * Unicode code points, end exclusive. {@code annotator} names the analyst whose layer the
 * annotations are (an export of every layer); null for the gold, or the shared layer.
 */
public record GoldDocument(String id, String title, String text, GoldMetadata meta, GoldDocumentStatus status,
                           List<GoldEntity> entities, List<GoldEvent> events, String annotator) {

    public GoldDocument {
        entities = List.copyOf(entities);
        events = List.copyOf(events);
    }

    /** The same document as one analyst's layer. */
    public GoldDocument byAnnotator(String name) {
        return new GoldDocument(id, title, text, meta, status, entities, events, name);
    }
}
