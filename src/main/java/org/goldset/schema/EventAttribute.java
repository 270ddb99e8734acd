package org.goldset.schema;

/**
 * The event attributes Goldset itself reads and writes (values are JSON text, stored in
 * {@code event_attribute} and exported under {@code attributes}). Imported files may carry others;
 * those are kept as they are.
 */
public enum EventAttribute {
    /** asserted, negated, hypothetical or planned. */
    MODALITY("modality"),
    /** Mentions of one real event share a group and are decided together. */
    GROUP("group"),
    /** The CAMEO code of the event's type (its lexicon entry's, or the type's first after a retype). */
    CAMEO("cameo"),
    /** A normalized date for the event's time argument. */
    TIME("time");

    /** The values of {@link #MODALITY}: a closed vocabulary, checked on import. */
    public static final java.util.List<String> MODALITIES = java.util.List.of("asserted", "negated", "hypothetical",
            "planned");
    /** What a {@link #CAMEO} code looks like: two to four digits ("19", "190", "1951"). */
    public static final java.util.regex.Pattern CAMEO_CODE = java.util.regex.Pattern.compile("\\d{2,4}");

    private final String key;

    EventAttribute(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
