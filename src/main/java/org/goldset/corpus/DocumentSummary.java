package org.goldset.corpus;

import java.time.Instant;
import java.time.LocalDate;

/** What a documents list shows, without loading article texts. */
public record DocumentSummary(Long id, String externalId, String title, String outlet, LocalDate publishedOn,
                              DocumentStatus status, Instant importedAt, int textLength, long pending,
                              long accepted, long rejected) {
}
