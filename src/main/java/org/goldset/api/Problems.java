package org.goldset.api;

import java.io.IOException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.goldset.base.Json;
import tools.jackson.databind.node.ObjectNode;

/**
 * RFC 9457 problem details written straight to the response, for the answers given before a
 * controller runs (no or a wrong token, a role that may not call): the same shape the controllers'
 * errors have, never a stack trace or an HTML page.
 */
final class Problems {

    static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {
    }

    static void write(HttpServletRequest request, HttpServletResponse response, int status, String title,
                      String detail) throws IOException {
        ObjectNode problem = Json.MAPPER.createObjectNode()
                .put("type", "about:blank")
                .put("title", title)
                .put("status", status)
                .put("detail", detail)
                .put("instance", request.getRequestURI());
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(problem.toString());
    }
}
