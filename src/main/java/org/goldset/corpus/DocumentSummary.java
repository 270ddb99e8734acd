package org.goldset.corpus;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What a documents list shows, without loading article texts: entity counts by status, and the
 * number of events with how many of them are still pending.
 */
public record DocumentSummary(Long id, String externalId, String title, String outlet, LocalDate publishedOn,
                              DocumentStatus status, Instant importedAt, int textLength, long pending,
                              long accepted, long rejected, long events, long pendingEvents) {
}
