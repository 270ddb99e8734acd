package org.goldset.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where an export may be written: a new file, or an existing regular file that is not the database.
 * An export is moved into place when complete, which replaces whatever the name pointed at: onto the
 * database it would destroy the corpus (and a running web app would go on writing into the deleted
 * file), onto a device or a symbolic link it would replace the node. So those are refused before
 * anything is read; {@value #STANDARD_OUTPUT} writes to standard output instead.
 */
public final class ExportTarget {

    public static final String STANDARD_OUTPUT = "-";
    /** The files SQLite keeps beside a database while it is open. */
    private static final List<String> DATABASE_COMPANIONS = List.of("", "-wal", "-shm", "-journal");

    private ExportTarget() {
    }

    public static boolean isStandardOutput(Path out) {
        return STANDARD_OUTPUT.equals(out.toString());
    }

    /** Why {@code out} must not be written, or empty when it may; {@code database} is the SQLite file in use. */
    public static Optional<String> problem(Path out, Path database) {
        Path target = out.toAbsolutePath().normalize();
        if (Files.isSymbolicLink(target)) {
            return Optional.of(target + " is a symbolic link; name a regular file (or - for standard output)");
        }
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of(target + " is a folder; name a file inside it, e.g. " + target.resolve("gold.jsonl"));
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of(target + " is not a regular file (a device, pipe or socket); use --out - to write to "
                    + "standard output");
        }
        Path resolvedTarget = resolveThroughParent(target);
        for (String suffix : DATABASE_COMPANIONS) {
            Path companion = database.toAbsolutePath().normalize().resolveSibling(database.getFileName() + suffix);
            if (sameFile(resolvedTarget, resolveThroughParent(companion))) {
                return Optional.of(target + " is " + (suffix.isEmpty() ? "the database itself" : "the database's "
                        + suffix.substring(1) + " file") + "; writing there would destroy the corpus. Choose another file");
            }
        }
        return Optional.empty();
    }

    /** The path with its folder's symbolic links resolved, so that two names of one file compare equal. */
    private static Path resolveThroughParent(Path path) {
        try {
            return path.getParent().toRealPath().resolve(path.getFileName());
        } catch (IOException e) {
            return path; // the folder does not exist yet: nothing there can be the database
        }
    }

    private static boolean sameFile(Path a, Path b) {
        if (a.equals(b)) {
            return true;
        }
        try {
            // Hard links and case-insensitive file systems: two names, one file.
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
