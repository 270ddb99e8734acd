package org.goldset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.goldset.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands never harm their input: an export cannot land on the database or replace a device or
 * a link; a backup holds every committed document and restore puts it back without losing the file
 * it replaces. Separate JVMs, real files, as users run them.
 */
class ReliableCommandsTest {

    @TempDir
    Path folder;

    Path db;

    @BeforeEach
    void seeds() throws Exception {
        db = folder.resolve("corpus.db");
        assertThat(CommandProcess.run(folder, "import", "--db", db.toString(), TestDatabase.seeds().toString()).exitCode())
                .isZero();
    }

    @Test
    void export_refuses_the_database_its_companions_folders_devices_and_links() throws Exception {
        Path link = Files.createSymbolicLink(folder.resolve("link.jsonl"), Files.createFile(folder.resolve("real.jsonl")));
        for (String out : new String[] {db.toString(), db + "-wal", folder.resolve(".").resolve("corpus.db").toString(),
                folder.toString(), "/dev/full", link.toString()}) {
            CommandProcess.Result export = CommandProcess.run(folder, "export", "--db", db.toString(), "--all-documents",
                    "--out", out);
            assertThat(export.exitCode()).as(out).isEqualTo(2);
            assertThat(export.stderr()).as(out).containsAnyOf("is the database", "is a folder", "not a regular file",
                    "symbolic link");
        }
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(documentsIn(db)).isEqualTo(5);
    }

    @Test
    void export_to_standard_output_leaves_the_summary_on_standard_error() throws Exception {
        CommandProcess.Result export = CommandProcess.run(folder, "export", "--db", db.toString(), "--all-documents",
                "--out", "-");
        assertThat(export.exitCode()).isZero();
        assertThat(export.stdout().lines()).hasSize(5).allSatisfy(line -> assertThat(line).startsWith("{\"id\""));
        assertThat(export.stderr()).contains("Exported 5 document(s)").contains("to standard output");
    }

    @Test
    void an_export_that_cannot_be_written_says_where_and_why_and_the_file_gets_the_umask() throws Exception {
        Path notAFolder = Files.writeString(folder.resolve("notes.txt"), "x");
        CommandProcess.Result failed = CommandProcess.run(folder, "export", "--db", db.toString(), "--all-documents",
                "--out", notAFolder.resolve("gold.jsonl").toString());
        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(failed.stderr()).contains("cannot write the export to " + notAFolder.resolve("gold.jsonl"))
                .contains("is a file, not a folder").doesNotContain("Exception").doesNotContain("\tat ");

        Path exported = folder.resolve("gold.jsonl");
        assertThat(CommandProcess.run(folder, "export", "--db", db.toString(), "--out", exported.toString()).exitCode())
                .isZero();
        Path plain = folder.resolve("plain.txt");
        try (OutputStream stream = Files.newOutputStream(plain)) {
            stream.write('x'); // created as the shell would: 0666 minus the umask the child process inherited
        }
        assertThat(Files.getPosixFilePermissions(exported)).isEqualTo(Files.getPosixFilePermissions(plain));
    }

    @Test
    void backup_holds_every_committed_document_and_restore_puts_it_back_keeping_the_file_it_replaces() throws Exception {
        Path backup = folder.resolve("backups/first.db");
        CommandProcess.Result made = CommandProcess.run(folder, "backup", "--db", db.toString(), "--out", backup.toString());
        assertThat(made.exitCode()).as(made.stderr()).isZero();
        assertThat(made.stdout()).contains("Backed up 5 document(s)");
        assertThat(CommandProcess.run(folder, "backup", "--db", db.toString(), "--out", backup.toString()).stderr())
                .contains("already exists");

        Path more = Files.writeString(folder.resolve("more.txt"), "One more article about sanctions.");
        CommandProcess.run(folder, "import", "--db", db.toString(), more.toString());
        assertThat(documentsIn(db)).isEqualTo(6);

        CommandProcess.Result withoutForce = CommandProcess.run(folder, "restore", "--db", db.toString(), "--from",
                backup.toString());
        assertThat(withoutForce.exitCode()).isEqualTo(1);
        assertThat(withoutForce.stderr()).contains("--force");
        assertThat(documentsIn(db)).isEqualTo(6);

        try (FileChannel channel = FileChannel.open(folder.resolve("corpus.db.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock running = channel.lock()) {
            CommandProcess.Result underWebApp = CommandProcess.run(folder, "restore", "--db", db.toString(), "--from",
                    backup.toString(), "--force");
            assertThat(underWebApp.exitCode()).isEqualTo(1);
            assertThat(underWebApp.stderr()).contains("web app is running");
        }

        CommandProcess.Result restored = CommandProcess.run(folder, "restore", "--db", db.toString(), "--from",
                backup.toString(), "--force");
        assertThat(restored.exitCode()).as(restored.stderr()).isZero();
        assertThat(documentsIn(db)).isEqualTo(5);
        try (var kept = Files.list(folder)) {
            Path before = kept.filter(file -> file.getFileName().toString().matches("corpus\\.db\\.before-restore-[0-9-]+"))
                    .findFirst().orElseThrow();
            assertThat(documentsIn(before)).isEqualTo(6);
        }
    }

    @Test
    void restore_refuses_a_file_that_is_not_a_sound_goldset_backup() throws Exception {
        Path garbage = Files.writeString(folder.resolve("garbage.db"), "not a database at all");
        CommandProcess.Result refused = CommandProcess.run(folder, "restore", "--db", db.toString(), "--from",
                garbage.toString(), "--force");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.stderr()).contains("not restored").doesNotContain("\tat ");
        assertThat(documentsIn(db)).isEqualTo(5);
    }

    @Test
    void a_folder_with_a_zip_bomb_and_a_bad_name_imports_the_good_file_and_names_the_others_without_a_stack_trace()
            throws Exception {
        Path input = Files.createDirectory(folder.resolve("input"));
        Files.writeString(input.resolve("good.txt"), "Good article\n\nTalks resumed in Geneva on Monday.");
        Files.writeString(input.resolve("b".repeat(230) + ".txt"), "Long name\n\nAn article with a long file name.");
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(
                Files.newOutputStream(input.resolve("bomb.zip")))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("zeros.txt"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 1024; i++) {
                zip.write(zeros); // 1 GB of zeros, 1 MB zipped
            }
            zip.closeEntry();
        }

        CommandProcess.Result result = CommandProcess.run(folder, "import", "--db", db.toString(), input.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stdout()).contains("2 document(s) imported");
        assertThat(result.stderr()).contains("refused: " + input.resolve("bomb.zip") + ": the zip entry \"zeros.txt\" "
                + "expands").doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(documentsIn(db)).isEqualTo(7);
    }

    @Test
    void a_file_that_is_not_a_database_gives_one_line_and_the_details_go_to_the_log_file() throws Exception {
        Path elsewhere = Files.createDirectory(folder.resolve("elsewhere"));
        Path garbage = Files.writeString(elsewhere.resolve("garbage.db"), "not a database at all ".repeat(50));
        Path article = Files.writeString(folder.resolve("one.txt"), "One\n\nAn article.");

        CommandProcess.Result result = CommandProcess.run(folder, "import", "--db", garbage.toString(), article.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stdout()).isBlank();
        assertThat(result.stderr().lines()).containsExactly(
                "goldset import: [SQLITE_NOTADB] File opened that is not a database file (file is not a database)",
                "(details in " + elsewhere.resolve("goldset.log") + "; --verbose prints them here)");
        assertThat(Files.readString(elsewhere.resolve("goldset.log"))).contains("SQLITE_NOTADB").contains("\tat ");
    }

    private static long documentsIn(Path file) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             ResultSet result = connection.createStatement().executeQuery("SELECT count(*) FROM document")) {
            result.next();
            return result.getLong(1);
        }
    }
}
