package org.goldset.annotation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts every document's annotations in two grouped queries (entities, events), for lists of
 * documents: the corpus does not know what is annotated in it, so the counts come from here.
 */
@Service
public class AnnotationTallies {

    private final EntityMentionRepository mentions;
    private final EventRepository events;

    AnnotationTallies(EntityMentionRepository mentions, EventRepository events) {
        this.mentions = mentions;
        this.events = events;
    }

    /** The tally of each document that has annotations; a document missing here has none. */
    @Transactional(readOnly = true)
    public Map<Long, DocumentTally> byDocument() {
        Map<Long, long[]> counts = new HashMap<>();
        add(counts, mentions.countByDocumentAndStatus(), false);
        add(counts, events.countByDocumentAndStatus(), true);
        Map<Long, DocumentTally> tallies = new HashMap<>();
        counts.forEach((id, c) -> tallies.put(id, new DocumentTally(c[0], c[1], c[2], c[3], c[4])));
        return tallies;
    }

    /** c = [pending, accepted, rejected, events, pending events]. */
    private static void add(Map<Long, long[]> counts, List<Object[]> rows, boolean events) {
        for (Object[] row : rows) {
            long[] c = counts.computeIfAbsent((Long) row[0], id -> new long[5]);
            AnnotationStatus status = (AnnotationStatus) row[1];
            long count = (Long) row[2];
            if (events) {
                c[3] += count;
                c[4] += status == AnnotationStatus.PENDING ? count : 0;
            } else {
                c[switch (status) {
                    case PENDING -> 0;
                    case ACCEPTED -> 1;
                    case REJECTED -> 2;
                }] += count;
            }
        }
    }
}
