package org.goldset.annotation;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.goldset.text.Span;

/**
 * An event exactly as stored: id, layer (and the row it was copied from), type, trigger, status, provenance, attributes (modality, group,
 * CAMEO code) and its arguments with their ids. Undo steps hold these (see {@link EntitySnapshot}).
 */
public record EventSnapshot(long id, long documentId, String layer, Long copiedFrom, String externalId, String type, Span trigger, ReviewState review,
                            Origin origin, Instant createdAt, Map<String, String> attributes,
                            List<ArgumentSnapshot> arguments) {

    public EventSnapshot {
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        arguments = List.copyOf(arguments);
    }

    static EventSnapshot of(Event event) {
        return new EventSnapshot(event.getId(), event.getDocumentId(), event.getLayer(), event.getCopiedFrom(),
                event.getExternalId(), event.getType(),
                event.getTrigger(), event.getReview(), event.getOrigin(), event.getCreatedAt(),
                new TreeMap<>(event.getAttributesJson()), event.getArguments().stream().map(ArgumentSnapshot::of).toList());
    }

    public AnnotationStatus status() {
        return review.getStatus();
    }

    /** True when the stored event still shows what this snapshot shows (type, status, arguments). */
    boolean sameContent(Event event) {
        return event.getType().equals(type) && event.getStatus() == status()
                && event.getArguments().stream().map(ArgumentSnapshot::of).map(ArgumentSnapshot::content).sorted().toList()
                .equals(arguments.stream().map(ArgumentSnapshot::content).sorted().toList());
    }
}
