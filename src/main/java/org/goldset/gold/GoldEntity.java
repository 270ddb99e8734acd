package org.goldset.gold;

import java.time.Instant;

/**
 * An entity mention in JSONL; {@code text} is the covered text, a check on the offsets. For merged
 * machine suggestions, {@code enginesJson} and {@code alternativesJson} hold the JSON arrays of the
 * engines behind it and of other proposed labels (null otherwise); {@code provenanceJson}, the JSON
 * object saying how a gold annotation was reached (curation, decision 019; null otherwise).
 */
public record GoldEntity(String id, int start, int end, String label, String text, GoldStatus status,
                         GoldOrigin origin, String decidedBy, Instant decidedAt, String canonicalName,
                         String kbId, String enginesJson, String alternativesJson, String provenanceJson) {
}
