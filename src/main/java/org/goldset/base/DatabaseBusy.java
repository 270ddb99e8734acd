package org.goldset.base;

import java.sql.SQLException;
import java.util.Locale;

/**
 * Recognises a write that gave up because another connection or process held SQLite's write lock
 * for longer than the busy timeout (SQLITE_BUSY, "database is locked"). The screens and commands
 * tell the user plainly that nothing was saved and to try again, instead of showing the error.
 */
public final class DatabaseBusy {

    /** SQLite's primary result codes for a lock held by someone else. */
    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;

    private DatabaseBusy() {
    }

    public static boolean isBusy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && isBusyCode(sql.getErrorCode())) {
                return true;
            }
            String message = cause.getMessage();
            if (message != null && (message.contains("SQLITE_BUSY") || message.contains("SQLITE_LOCKED")
                    || message.toLowerCase(Locale.ROOT).contains("database is locked"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBusyCode(int code) {
        int primary = code & 0xff; // extended codes (SQLITE_BUSY_SNAPSHOT = 517) keep the primary in the low byte
        return primary == SQLITE_BUSY || primary == SQLITE_LOCKED;
    }
}
