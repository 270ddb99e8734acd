package org.goldset.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.goldset.base.Database;
import org.goldset.base.IoErrors;
import org.goldset.base.PartialFile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * A consistent copy of the live SQLite database, safe while the web app runs: {@code VACUUM INTO}
 * reads one snapshot (every committed decision, including those still in the WAL, which a plain
 * {@code cp} of the file misses) and writes a compact new file, which is checked with
 * {@code quick_check} and only then moved to its name. Writers are not blocked meanwhile.
 */
@Service
public class SqliteBackup {

    private final JdbcTemplate jdbc;

    SqliteBackup(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** What a backup holds, to print and to compare. */
    public record Backup(Path file, long documents, long annotations, long decisions, long bytes, Duration took) {

        public String summary() {
            return String.format("%,d document(s), %,d annotation(s), %,d decision(s), %.1f MB in %.1f s", documents,
                    annotations, decisions, bytes / 1e6, took.toMillis() / 1000.0);
        }
    }

    /**
     * Writes a backup to {@code target}, which must not exist yet (a backup never replaces another).
     *
     * @throws BackupException with what went wrong, in words
     */
    public Backup writeTo(Path target) {
        if (Database.isPostgresql(jdbc)) {
            throw new BackupException("this Goldset runs on PostgreSQL: back it up with pg_dump (see the README)");
        }
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.exists(absolute)) {
            throw new BackupException(absolute + " already exists; a backup never replaces a file. Name a new one");
        }
        long started = System.nanoTime();
        Path partial = PartialFile.beside(absolute);
        try {
            Files.createDirectories(absolute.getParent());
            // Outside any transaction: VACUUM INTO cannot run inside one, and takes its own read snapshot.
            jdbc.execute("VACUUM INTO '" + partial.toString().replace("'", "''") + "'");
            Backup backup = check(partial, absolute, started);
            Files.move(partial, absolute, StandardCopyOption.ATOMIC_MOVE);
            return backup;
        } catch (IOException e) {
            throw new BackupException("cannot write the backup to " + absolute + ": " + IoErrors.reason(e), e);
        } finally {
            PartialFile.remove(partial);
        }
    }

    private static Backup check(Path written, Path target, long started) throws IOException {
        SqliteFile file = SqliteFile.open(written);
        try (file) {
            String problem = file.quickCheck();
            if (problem != null) {
                throw new BackupException("the backup written to " + target + " fails SQLite's quick_check (" + problem
                        + "); it was not kept. Check the disk and try again");
            }
            return new Backup(target, file.count("document"), file.count("entity_mention") + file.count("event"),
                    file.count("decision"), Files.size(written), Duration.ofNanos(System.nanoTime() - started));
        }
    }
}
