package org.goldset.base;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who is deciding. Until Goldset has logins (it listens on loopback only), this is the
 * {@code goldset.analyst} setting, or the operating-system user running Goldset.
 */
@Component
public class AnalystIdentity {

    private final String name;

    AnalystIdentity(@Value("${goldset.analyst:${user.name:analyst}}") String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }
}
