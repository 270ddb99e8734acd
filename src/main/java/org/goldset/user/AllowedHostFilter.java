package org.goldset.user;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses requests whose {@code Host} header names a host Goldset does not serve. A page on another
 * site can make its own name resolve to 127.0.0.1 (DNS rebinding) and then talk to the web app as if
 * it were the same site; the browser still sends that site's name as the host, which is how it is
 * told apart. Allowed: the loopback names, {@code server.address}, and {@code goldset.web.allowed-hosts}.
 */
class AllowedHostFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(AllowedHostFilter.class);
    private static final List<String> LOOPBACK = List.of("localhost", "127.0.0.1", "::1", "[::1]");

    private final Set<String> allowed = new HashSet<>();

    AllowedHostFilter(String serverAddress, List<String> configured) {
        LOOPBACK.forEach(allowed::add);
        if (serverAddress != null && !serverAddress.isBlank()) {
            allowed.add(serverAddress.toLowerCase(Locale.ROOT));
        }
        configured.forEach(host -> allowed.add(host.toLowerCase(Locale.ROOT)));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String host = hostName(request.getHeader("Host"));
        if (host != null && allowed.contains(host)) {
            chain.doFilter(request, response);
            return;
        }
        String shown = host == null ? "(none)" : host.length() > 100 ? host.substring(0, 100) + "…" : host;
        LOG.warn("Refused a request for host {} from {}", shown, request.getRemoteAddr());
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write("Goldset does not serve the host name " + shown + ". An administrator can add it "
                + "to goldset.web.allowed-hosts.\n");
    }

    /** The host part of a Host header (no port), lower case; null when absent or malformed. */
    static String hostName(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.strip().toLowerCase(Locale.ROOT);
        if (value.startsWith("[")) { // [::1]:8080
            int close = value.indexOf(']');
            return close < 0 ? null : value.substring(0, close + 1);
        }
        int colon = value.indexOf(':');
        return colon < 0 ? value : value.substring(0, colon);
    }
}
