package org.goldset.base;

import org.springframework.stereotype.Component;

/**
 * Who is deciding. Until Goldset has logins (it listens on loopback only), this is the
 * {@code goldset.analyst} setting, or the operating-system user running Goldset.
 */
@Component
public class AnalystIdentity {

    private final String name;

    AnalystIdentity(GoldsetProperties properties) {
        this.name = properties.analyst().isBlank() ? System.getProperty("user.name", "analyst") : properties.analyst();
    }

    public String name() {
        return name;
    }
}
