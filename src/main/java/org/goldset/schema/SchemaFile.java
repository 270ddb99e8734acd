package org.goldset.schema;

import java.util.List;

/**
 * A schema file as written, before any check: what Jackson reads the YAML into. {@link SchemaLoader}
 * checks it and builds the {@link AnnotationSchema}; scalars are read as text, so a hotkey may be
 * written {@code 1} or {@code "1"}.
 */
record SchemaFile(List<EntityTypeEntry> entityTypes, List<EventTypeEntry> eventTypes) {

    record EntityTypeEntry(String name, String description, String colour, String hotkey) {
    }

    record EventTypeEntry(String name, String description, String colour, String hotkey, List<String> cameo,
                          List<RoleEntry> roles) {
    }

    record RoleEntry(String name, List<String> accepts) {
    }
}
