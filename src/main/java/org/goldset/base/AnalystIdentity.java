package org.goldset.base;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is deciding: the user logged in to the web app. Every decision a screen records names them;
 * asking outside a login is a programming error, never a silent "anonymous".
 */
@Component
public class AnalystIdentity {

    public String name() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            throw new IllegalStateException("no one is logged in");
        }
        return authentication.getName();
    }
}
