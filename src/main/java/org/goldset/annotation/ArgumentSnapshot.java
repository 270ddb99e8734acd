package org.goldset.annotation;

import java.time.Instant;

/**
 * One event argument exactly as stored (its id included), so that undoing the deletion of its
 * entity or event brings back the same row.
 */
public record ArgumentSnapshot(long id, long eventId, String role, long entityId, ReviewState review, Origin origin,
                               Instant createdAt) {

    static ArgumentSnapshot of(EventArgument argument) {
        return new ArgumentSnapshot(argument.getId(), argument.getEvent().getId(), argument.getRole(),
                argument.getEntity().getId(), argument.getReview(), argument.getOrigin(), argument.getCreatedAt());
    }

    /** What an analyst can see of it: role, entity and status. */
    String content() {
        return role + "=" + entityId + ":" + review.getStatus();
    }
}
