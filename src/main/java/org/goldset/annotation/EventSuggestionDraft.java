package org.goldset.annotation;

import java.util.List;
import java.util.Map;
import org.goldset.text.Span;

/**
 * A machine-suggested event whose arguments name entities by span and label; they are linked to
 * the document's stored entity mentions when the event is stored.
 */
public record EventSuggestionDraft(String type, Span trigger, Origin origin, Map<String, String> attributesJson,
                                   List<ArgumentBySpan> arguments) {

    /** A role filled by the entity mention with this span and label. */
    public record ArgumentBySpan(String role, Span span, String label) {
    }
}
