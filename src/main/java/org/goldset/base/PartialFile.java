package org.goldset.base;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * The one way Goldset makes a file appear only when complete (exports, backups, restores): write a
 * hidden file beside the target, in the same folder so that the final move is an atomic rename, and
 * remove it whatever happens.
 */
public final class PartialFile {

    private PartialFile() {
    }

    /** A fresh hidden name beside {@code target}: {@code .NAME.UUID.partial}. */
    public static Path beside(Path target) {
        return target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".partial");
    }

    /** Removes what is left of a partial file; a folder gone or read-only meanwhile left nothing to remove. */
    public static void remove(Path partial) {
        try {
            Files.deleteIfExists(partial);
        } catch (IOException ignored) {
            // nothing left there that anyone could take for a finished file
        }
    }
}
