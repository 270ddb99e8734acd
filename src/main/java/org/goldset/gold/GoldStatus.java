package org.goldset.gold;

/**
 * An annotation's review state as exchanged in files: only ACCEPTED annotations are gold. Its own
 * type, not the stored one, so a file format never changes when storage does.
 */
public enum GoldStatus {
    PENDING, ACCEPTED, REJECTED
}
