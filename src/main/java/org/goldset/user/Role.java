package org.goldset.user;

import java.util.Arrays;
import java.util.List;

/** What a user may do; each role includes what the ones before it may. */
public enum Role {
    /** Reviews the documents assigned to them. */
    ANALYST,
    /** Also adjudicates between analysts, assigns documents and exports. */
    CURATOR,
    /** Also manages users, the schema and the engines. */
    ADMIN;

    /**
     * The Spring Security authorities of this role: its own and those of every role below it, so a
     * check for {@code hasRole('ANALYST')} admits curators and administrators without a role hierarchy
     * that Vaadin's view checks would not see.
     */
    public List<String> authorities() {
        return Arrays.stream(values()).filter(role -> role.ordinal() <= ordinal())
                .map(role -> "ROLE_" + role.name()).toList();
    }

    /** How a screen names the role. */
    public String title() {
        return switch (this) {
            case ANALYST -> "Analyst";
            case CURATOR -> "Curator";
            case ADMIN -> "Administrator";
        };
    }
}
