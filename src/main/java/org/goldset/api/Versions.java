package org.goldset.api;

import org.springframework.http.HttpStatus;

/** The version a caller decided on: from {@code If-Match} ("3", W/"3") or a {@code version} field. */
final class Versions {

    private Versions() {
    }

    static long of(Long field, String ifMatch) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            String tag = ifMatch.strip().replace("W/", "").replace("\"", "");
            long fromHeader;
            try {
                fromHeader = Long.parseLong(tag);
            } catch (NumberFormatException e) {
                throw new ApiException(HttpStatus.BAD_REQUEST, "If-Match must be the version read, e.g. \"3\"");
            }
            if (field != null && field != fromHeader) {
                throw new ApiException(HttpStatus.BAD_REQUEST, "If-Match and version say different versions");
            }
            return fromHeader;
        }
        if (field == null) {
            throw new ApiException(HttpStatus.PRECONDITION_REQUIRED,
                    "say which version you decided on: If-Match: \"<version>\" or a version field");
        }
        return field;
    }
}
