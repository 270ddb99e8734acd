package org.goldset.annotation;

import java.util.List;
import java.util.Map;
import org.goldset.text.Span;

/** An event to be stored; its arguments name entity drafts by key. */
public record EventDraft(String key, String type, Span trigger, ReviewState review, Origin origin,
                         Map<String, String> attributesJson, List<ArgumentDraft> arguments) {

    public record ArgumentDraft(String role, String entityKey, ReviewState review, Origin origin) {
    }
}
