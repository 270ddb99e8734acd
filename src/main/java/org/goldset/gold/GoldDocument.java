package org.goldset.gold;

import java.util.List;

/**
 * One line of Goldset's native JSONL: a document with its metadata and annotations. Offsets are
 * Unicode code points, end exclusive.
 */
public record GoldDocument(String id, String title, String text, GoldMetadata meta, GoldDocumentStatus status,
                           List<GoldEntity> entities, List<GoldEvent> events) {

    public GoldDocument {
        entities = List.copyOf(entities);
        events = List.copyOf(events);
    }
}
