package org.goldset.annotation;

/** A document's annotations by status: entity mentions, and events with how many are still pending. */
public record DocumentTally(long pending, long accepted, long rejected, long events, long pendingEvents) {

    public static final DocumentTally NONE = new DocumentTally(0, 0, 0, 0, 0);
}
