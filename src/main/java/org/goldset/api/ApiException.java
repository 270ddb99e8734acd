package org.goldset.api;

import org.springframework.http.HttpStatus;

/** A refusal the API answers with its status and this message as the problem's detail. */
class ApiException extends RuntimeException {

    private final HttpStatus status;

    ApiException(HttpStatus status, String message) {
        super(message);
        this.status = status;
    }

    HttpStatus status() {
        return status;
    }

    static ApiException notFound(String what) {
        return new ApiException(HttpStatus.NOT_FOUND, what + " does not exist, or you may not see it");
    }
}
