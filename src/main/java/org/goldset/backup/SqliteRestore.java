package org.goldset.backup;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.goldset.base.IoErrors;
import org.goldset.base.PartialFile;

/**
 * Puts a backup in place of the database, with the web app stopped. Runs without the application
 * (whose pools would open the file being replaced). The backup is checked first; the database it
 * replaces is never deleted but renamed, with its WAL, to {@code FILE.before-restore-TIME}, so a
 * restore from the wrong backup can itself be undone.
 */
public final class SqliteRestore {

    private static final List<String> COMPANIONS = List.of("", "-wal", "-shm");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private SqliteRestore() {
    }

    /** Restores {@code backup} as {@code database}; returns what was done, in words. */
    public static String restore(Path backup, Path database, boolean force, Clock clock) {
        Path source = backup.toAbsolutePath().normalize();
        Path target = database.toAbsolutePath().normalize();
        if (!Files.isRegularFile(source)) {
            throw new BackupException("no backup at " + source);
        }
        try (SqliteFile file = SqliteFile.open(source)) {
            String problem = file.quickCheck();
            if (problem != null) {
                throw new BackupException(source + " fails SQLite's quick_check (" + problem + "); not restored");
            }
            if (!file.isGoldset()) {
                throw new BackupException(source + " is a SQLite database but not a Goldset one; not restored");
            }
        }
        if (Files.exists(target) && !force) {
            throw new BackupException(target + " exists; restoring replaces it. Add --force to do so (the current "
                    + "database is kept as " + target.getFileName() + ".before-restore-TIME)");
        }
        try {
            Files.createDirectories(target.getParent());
            Optional<AppLock> lock = AppLock.tryTake(target);
            if (lock.isEmpty()) {
                throw new BackupException("a Goldset web app is running on " + target + "; stop it first, then restore");
            }
            try (AppLock held = lock.get()) {
                return replace(source, target, clock);
            }
        } catch (IOException e) {
            throw new BackupException("cannot restore to " + target + ": " + IoErrors.reason(e), e);
        }
    }

    private static String replace(Path source, Path target, Clock clock) throws IOException {
        Path partial = PartialFile.beside(target);
        try {
            Files.copy(source, partial);
            try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            String kept = "";
            if (Files.exists(target)) {
                // The database, its WAL and its index move together: a WAL beside the wrong file corrupts it.
                String aside = target.getFileName() + ".before-restore-" + STAMP.format(clock.instant());
                for (String suffix : COMPANIONS) {
                    Path companion = target.resolveSibling(target.getFileName() + suffix);
                    if (Files.exists(companion)) {
                        Files.move(companion, target.resolveSibling(aside + suffix));
                    }
                }
                kept = "; the database it replaced is kept as " + target.resolveSibling(aside);
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            return "Restored " + source + " as " + target + kept;
        } finally {
            PartialFile.remove(partial);
        }
    }
}
