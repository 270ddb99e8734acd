package org.goldset.review;

/** An analyst asked for a document that was neither assigned to them nor taken from the pool. */
public class NotInQueueException extends RuntimeException {

    public NotInQueueException(long documentId) {
        super("Document " + documentId + " is not in your queue. \"Review next\" hands you your next document;"
                + " a curator can assign this one to you.");
    }
}
