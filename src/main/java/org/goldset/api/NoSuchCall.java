package org.goldset.api;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Whatever under {@code /api/} no endpoint takes (an unknown address, a method or a content type an
 * address does not accept). Without it Spring MVC would hand the request to Vaadin's catch-all
 * mapping, and a script would get the login page instead of a problem detail.
 */
@RestController
class NoSuchCall {

    @RequestMapping("/api/**")
    void none(HttpServletRequest request) {
        String type = request.getContentType();
        throw new ApiException(HttpStatus.NOT_FOUND, "There is no API call " + request.getMethod() + " "
                + request.getRequestURI() + (type == null ? "" : " taking " + type)
                + "; the calls are listed at /v3/api-docs");
    }
}
