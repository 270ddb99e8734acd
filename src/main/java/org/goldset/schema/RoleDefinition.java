package org.goldset.schema;

import java.util.List;

/** A role an event argument can fill, with the entity types allowed to fill it. */
public record RoleDefinition(String name, List<String> accepts) {

    public RoleDefinition {
        accepts = List.copyOf(accepts);
    }

    public boolean accepts(String entityLabel) {
        return accepts.contains(entityLabel);
    }
}
