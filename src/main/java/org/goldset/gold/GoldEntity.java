package org.goldset.gold;

import java.time.Instant;
import org.goldset.annotation.AnnotationStatus;

/** An entity mention in JSONL; {@code text} is the covered text, a check on the offsets. */
public record GoldEntity(String id, int start, int end, String label, String text, AnnotationStatus status,
                         GoldOrigin origin, String decidedBy, Instant decidedAt, String canonicalName,
                         String kbId) {
}
