package org.goldset.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.goldset.base.DatabaseBusy;
import org.goldset.base.IoErrors;
import org.springframework.dao.DataAccessException;

/**
 * What a failed command tells its user: one line saying what went wrong, in words, and where the
 * details are. The stack trace goes to the log file (and to the terminal only with {@code --verbose}):
 * fifty lines of trace hide the one line that matters, and a raw SQL message names no file.
 */
public final class CommandFailure {

    private CommandFailure() {
    }

    /** One line: "the database is busy…", "ran out of memory…", the exception's own message… */
    static String describe(Throwable failure) {
        if (failure instanceof OutOfMemoryError) {
            return "ran out of memory; give Java more (java -Xmx8g -jar goldset.jar …) or split the input";
        }
        if (DatabaseBusy.isBusy(failure)) {
            return "the database is busy: another process (the web app or another command) holds its write lock; "
                    + "nothing was changed, try again";
        }
        if (failure instanceof UncheckedIOException io) {
            return IoErrors.reason(io);
        }
        if (failure instanceof IOException io) {
            return IoErrors.reason(io);
        }
        if (failure instanceof DataAccessException access) {
            return "the database refused the change: " + rootMessage(access);
        }
        String message = failure.getMessage();
        return message == null || message.isBlank() ? rootMessage(failure) : message;
    }

    /**
     * A failure before or around the command (the application could not start: a file that is not a
     * database, a migration that failed): the innermost cause says it best.
     */
    public static String describeStartup(Throwable failure) {
        if (failure instanceof OutOfMemoryError || DatabaseBusy.isBusy(failure)) {
            return describe(failure);
        }
        return rootMessage(failure);
    }

    /** Where the details are, for the line after the description. */
    public static String detailsHint(Path logFile) {
        return "(details in " + logFile + "; --verbose prints them here)";
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null || message.isBlank() ? root.getClass().getSimpleName() : message;
    }
}
