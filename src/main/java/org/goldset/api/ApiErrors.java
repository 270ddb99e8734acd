package org.goldset.api;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every failure of an API call as an RFC 9457 problem detail: what was wrong in words a script's
 * author can act on, never a stack trace. Spring MVC's own refusals (wrong method or media type, a
 * missing parameter, an upload over the limit) come from the base class, in the same shape;
 * unexpected failures are logged here with their trace and answered with a plain 500.
 */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
class ApiErrors extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(ApiException.class)
    ResponseEntity<Object> refused(ApiException refused, WebRequest request) {
        return Problems.entity(refused.status(), refused.getMessage(), path(request));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> forbidden(AccessDeniedException denied, WebRequest request) {
        return Problems.entity(HttpStatus.FORBIDDEN, "Your role may not do this.", path(request));
    }

    @ExceptionHandler(org.goldset.annotation.StaleAnnotationException.class)
    ResponseEntity<Object> stale(RuntimeException stale, WebRequest request) {
        return Problems.entity(HttpStatus.CONFLICT,
                "The annotation changed since you read it (or is gone): read it again, then decide.", path(request));
    }

    @ExceptionHandler(org.goldset.review.NotInQueueException.class)
    ResponseEntity<Object> notInQueue(RuntimeException refused, WebRequest request) {
        return Problems.entity(HttpStatus.NOT_FOUND, "That document is not in your queue.", path(request));
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, IllegalArgumentException.class})
    ResponseEntity<Object> badRequest(Exception wrong, WebRequest request) {
        String detail = wrong instanceof MethodArgumentTypeMismatchException mismatch
                ? "\"" + mismatch.getValue() + "\" is not a valid " + mismatch.getName()
                : wrong.getMessage();
        return Problems.entity(HttpStatus.BAD_REQUEST, detail, path(request));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception failure, WebRequest request) {
        log.error("API call failed", failure);
        return Problems.entity(HttpStatus.INTERNAL_SERVER_ERROR, "Goldset could not do this; the server's log says why.",
                path(request));
    }

    /** Spring MVC's own problems, in the one shape. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
                                                          WebRequest request) {
        String detail = body instanceof ProblemDetail problem ? problem.getDetail() : null;
        return Problems.entity(status, detail, path(request));
    }

    private static String path(WebRequest request) {
        return request instanceof ServletWebRequest servlet ? servlet.getRequest().getRequestURI() : null;
    }
}
