package org.goldset.gold;

/** Where a document was in review when it was written: imported, being reviewed,
 * waiting for curation, or finished (gold). */
public enum GoldDocumentStatus {
    NEW, IN_REVIEW, CURATING, DONE
}
