package org.goldset.corpus;

import java.time.Instant;
import java.time.LocalDate;

/** What a documents list shows of a document, without loading its text. */
public record DocumentSummary(Long id, String externalId, String title, String outlet, LocalDate publishedOn,
                              DocumentStatus status, Instant importedAt, int textLength) {
}
