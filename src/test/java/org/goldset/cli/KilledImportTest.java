package org.goldset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of an import, at two points of a long file (while documents are being read and stored, and
 * later, around the commit): the database holds the whole file or none of it, passes SQLite's
 * integrity check, and the same import run again completes it.
 */
class KilledImportTest {

    private static final int DOCUMENTS = 40_000;

    @TempDir
    Path folder;

    @Test
    void an_import_killed_at_any_point_leaves_all_of_the_file_or_nothing() throws Exception {
        Path corpus = folder.resolve("corpus.jsonl");
        try (BufferedWriter out = Files.newBufferedWriter(corpus)) {
            for (int i = 0; i < DOCUMENTS; i++) {
                out.write("{\"id\":\"d" + i + "\",\"text\":\"Article " + i + ": talks on sanctions resumed in Geneva, "
                        + "officials said on Monday.\",\"entities\":[{\"id\":\"T1\",\"start\":40,\"end\":46,"
                        + "\"label\":\"GPE\"}]}\n");
            }
        }
        for (String killPoint : List.of("first progress line", "two seconds later")) {
            Path db = folder.resolve("killed-" + killPoint.replace(' ', '-') + ".db");
            Process process = start(db, corpus);
            waitForProgress(process, folder.resolve("err-" + db.getFileName()));
            if (killPoint.equals("two seconds later")) {
                Thread.sleep(2_000);
            }
            process.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback by the process
            process.waitFor(30, TimeUnit.SECONDS);

            long stored = count(db, "SELECT count(*) FROM document");
            assertThat(stored).as(killPoint).isIn(0L, (long) DOCUMENTS);
            assertThat(count(db, "SELECT count(*) FROM entity_mention")).as(killPoint).isEqualTo(stored);
            assertThat(text(db, "PRAGMA integrity_check")).as(killPoint).isEqualTo("ok");

            CommandProcess.Result again = CommandProcess.run(folder, "import", "--db", db.toString(), corpus.toString());
            assertThat(again.exitCode()).as(killPoint).isZero();
            assertThat(count(db, "SELECT count(*) FROM document")).as(killPoint).isEqualTo(DOCUMENTS);
        }
    }

    @Test
    void every_file_an_import_acknowledged_before_kill_9_is_in_the_database() throws Exception {
        Path input = Files.createDirectory(folder.resolve("articles"));
        for (int i = 0; i < 3_000; i++) {
            Files.writeString(input.resolve(String.format("a%04d.txt", i)), "Article " + i + "\n\nTalks resumed in "
                    + "Geneva on Monday, officials said (" + i + ").");
        }
        Path db = folder.resolve("acknowledged.db");
        Path stderr = folder.resolve("err-" + db.getFileName());
        Process process = start(db, input);
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        // "[n/N] file" is printed once file n is committed: an acknowledgement.
        while (acknowledged(stderr) < 200 && System.nanoTime() < deadline && process.isAlive()) {
            Thread.sleep(5);
        }
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
        long acknowledged = acknowledged(stderr);

        assertThat(acknowledged).isGreaterThanOrEqualTo(200);
        assertThat(count(db, "SELECT count(*) FROM document")).isGreaterThanOrEqualTo(acknowledged);
        assertThat(text(db, "PRAGMA integrity_check")).isEqualTo("ok");
    }

    /** The highest n of the "[n/N]" lines written so far. */
    private static long acknowledged(Path stderr) throws Exception {
        if (!Files.exists(stderr)) {
            return 0;
        }
        return Files.readAllLines(stderr).stream().filter(line -> line.matches("\\[\\d+/\\d+] .*"))
                .mapToLong(line -> Long.parseLong(line.substring(1, line.indexOf('/')))).max().orElse(0);
    }

    private Process start(Path db, Path corpus) throws Exception {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                "org.goldset.Application", "import", "--db", db.toString(), corpus.toString()));
        return new ProcessBuilder(command).directory(folder.toFile())
                .redirectError(folder.resolve("err-" + db.getFileName()).toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** Waits until the import reports documents read (it is inside the file's transaction then). */
    private static void waitForProgress(Process process, Path stderr) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < deadline && process.isAlive()) {
            if (Files.exists(stderr) && Files.readString(stderr).contains("documents read")) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the import never reported progress: " + Files.readString(stderr));
    }

    private static long count(Path db, String sql) throws Exception {
        return Long.parseLong(text(db, sql));
    }

    private static String text(Path db, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db);
             ResultSet result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }
}
