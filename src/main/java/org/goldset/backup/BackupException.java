package org.goldset.backup;

/** A backup or restore that could not be made; the message says what and why, for the user. */
public class BackupException extends RuntimeException {

    public BackupException(String message) {
        super(message);
    }

    public BackupException(String message, Throwable cause) {
        super(message, cause);
    }
}
