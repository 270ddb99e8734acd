package org.goldset.api;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every failure of an API call as an RFC 9457 problem detail: what was wrong in words a script's
 * author can act on, never a stack trace. Spring MVC's own refusals (unknown address, wrong method or
 * media type, a missing parameter, an upload over the limit) come from the base class in the same
 * shape; unexpected failures are logged here with their trace and answered with a plain 500.
 */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
class ApiErrors extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(ApiException.class)
    ProblemDetail refused(ApiException refused) {
        return problem(refused.status(), refused.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException denied) {
        return problem(HttpStatus.FORBIDDEN, "Your role may not do this.");
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, IllegalArgumentException.class})
    ProblemDetail badRequest(Exception wrong) {
        String detail = wrong instanceof MethodArgumentTypeMismatchException mismatch
                ? "\"" + mismatch.getValue() + "\" is not a valid " + mismatch.getName()
                : wrong.getMessage();
        return problem(HttpStatus.BAD_REQUEST, detail);
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception failure) {
        log.error("API call failed", failure);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Goldset could not do this; the server's log says why.");
    }

    private static ProblemDetail problem(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(status.getReasonPhrase());
        return problem;
    }
}
