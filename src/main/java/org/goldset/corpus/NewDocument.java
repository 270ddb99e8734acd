package org.goldset.corpus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** A document to import: its text exactly as given, its metadata, and extra metadata as JSON text per key. */
public record NewDocument(String externalId, String title, String text, String textHash, DocumentStatus status,
                          String outlet, String byline, LocalDate publishedOn, String url, String sourceFile,
                          Instant importedAt, Map<String, String> extraMetadataJson) {
}
