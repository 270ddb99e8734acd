package org.goldset.api;

import java.io.IOException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.goldset.base.Json;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * RFC 9457 problem details, one shape for every API error: written straight to the response before
 * a controller runs (no or a wrong token), or returned by the controllers' error handlers. Never a
 * stack trace or an HTML page.
 */
final class Problems {

    static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {
    }

    static void write(HttpServletRequest request, HttpServletResponse response, int status, String title,
                      String detail) throws IOException {
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(Json.MAPPER.writeValueAsString(body(status, title, detail, request.getRequestURI())));
    }

    /** The problem's members in their usual order; "type" is about:blank, as RFC 9457 says when none is given. */
    static Map<String, Object> body(int status, String title, String detail, String instance) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        problem.put("instance", instance);
        return problem;
    }

    /** A controller's answer with a problem, as application/problem+json. */
    static ResponseEntity<Object> entity(HttpStatusCode status, String detail, String instance) {
        String title = status instanceof HttpStatus known ? known.getReasonPhrase() : "Error";
        return ResponseEntity.status(status).contentType(MediaType.parseMediaType(MEDIA_TYPE))
                .body(body(status.value(), title, detail, instance));
    }
}
