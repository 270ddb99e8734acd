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

    private final String key;

    EventAttribute(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
