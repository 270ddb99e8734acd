package org.goldset.user;

import java.io.IOException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The browser-side defences, on every response, set before anything is written: Spring Security's
 * own header writer adds its headers only when it sees the response committed, which Vaadin's pages
 * (the login page among them) bypass.
 */
class SecurityHeadersFilter extends OncePerRequestFilter {

    /**
     * Only this server's own scripts, styles, images and connections; no plug-ins, no framing, forms
     * post only here. Vaadin's client evaluates the code its server sends ({@code unsafe-eval}) and
     * sets inline styles and its bootstrap script ({@code unsafe-inline}): its documented minimum.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' "
            + "'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        chain.doFilter(request, response);
    }
}
