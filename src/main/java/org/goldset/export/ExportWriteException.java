package org.goldset.export;

import java.nio.file.Path;

/** An export could not be written: says which file and why ("No space left on device"), not just the path. */
public class ExportWriteException extends RuntimeException {

    public ExportWriteException(Path target, String reason, Throwable cause) {
        super("cannot write the export to " + target + ": " + reason, cause);
    }
}
