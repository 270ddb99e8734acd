package org.goldset.corpus;

/** Where a document is in review: imported, being reviewed, or finished (part of the gold). */
public enum DocumentStatus {
    NEW, IN_REVIEW, DONE
}
