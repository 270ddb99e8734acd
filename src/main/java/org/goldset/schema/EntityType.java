package org.goldset.schema;

/** A kind of entity mention an analyst can mark, e.g. PERSON. */
public record EntityType(String name, String description, String colour, String hotkey) {
}
