package org.goldset.corpus;

import java.time.LocalDate;
import java.util.Map;

/** A document as stored, read for export without a persistence context: text, metadata, status. */
public record StoredDocument(long id, String externalId, String title, String text, DocumentStatus status,
                             String outlet, String byline, LocalDate publishedOn, String url,
                             Map<String, String> extraMetadataJson) {
}
