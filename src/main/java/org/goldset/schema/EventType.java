package org.goldset.schema;

import java.util.List;
import java.util.Optional;

/** A kind of event, e.g. ATTACK, with its CAMEO codes and argument roles. */
public record EventType(String name, String description, String colour, String hotkey,
                        List<String> cameoCodes, List<RoleDefinition> roles) {

    public EventType {
        cameoCodes = List.copyOf(cameoCodes);
        roles = List.copyOf(roles);
    }

    public Optional<RoleDefinition> role(String roleName) {
        return roles.stream().filter(role -> role.name().equals(roleName)).findFirst();
    }
}
