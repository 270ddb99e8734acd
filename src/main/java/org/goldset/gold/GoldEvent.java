package org.goldset.gold;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An event in JSONL: type, trigger span, arguments pointing at entity ids of the same line. */
public record GoldEvent(String id, String type, int triggerStart, int triggerEnd, String triggerText,
                        List<GoldArgument> arguments, GoldStatus status, GoldOrigin origin,
                        String decidedBy, Instant decidedAt, Map<String, String> attributesJson,
                        String provenanceJson) {

    public GoldEvent {
        arguments = List.copyOf(arguments);
        attributesJson = Collections.unmodifiableMap(new LinkedHashMap<>(attributesJson));
    }

    /** One argument: a role filled by the entity with id {@code entity}. */
    public record GoldArgument(String role, String entity, GoldStatus status, GoldOrigin origin,
                               String decidedBy, Instant decidedAt, String provenanceJson) {
    }
}
