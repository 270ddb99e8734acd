package org.goldset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.goldset.TestDatabase;
import org.goldset.gold.GoldFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line as users run it: a separate JVM, real files, exit codes and messages. (The
 * packaged jar is the same main class; CI also runs the jar itself, see .ci/run.)
 */
class CommandLineTest {

    @TempDir
    Path folder;

    @Test
    void import_is_idempotent_and_export_writes_only_the_gold_by_default() throws Exception {
        String db = folder.resolve("corpus.db").toString();

        CommandProcess.Result first = goldset("import", "--db", db, TestDatabase.seeds().toString());
        CommandProcess.Result second = goldset("import", "--db", db, TestDatabase.seeds().toString());
        Path gold = folder.resolve("out/gold.jsonl");
        CommandProcess.Result export = goldset("export", "--db", db, "--format", "jsonl", "--out", gold.toString());
        Path all = folder.resolve("all.jsonl");
        CommandProcess.Result exportAll = goldset("export", "--db", db, "--out", all.toString(), "--all-documents");

        assertThat(first.exitCode()).isZero();
        assertThat(first.stdout()).contains("5 document(s) imported");
        assertThat(first.stderr()).contains("[5/5]");
        assertThat(second.exitCode()).isZero();
        assertThat(second.stdout()).contains("0 document(s) imported").contains("5 duplicate(s) skipped");
        assertThat(export.exitCode()).isZero();
        assertThat(Files.readString(gold)).isEmpty();
        assertThat(exportAll.exitCode()).isZero();
        assertThat(Files.readAllLines(all)).hasSize(5).allSatisfy(line -> assertThat(line).contains("\"offsets\":\"codepoints\""));
    }

    @Test
    void a_malformed_jsonl_file_is_refused_with_its_line_and_a_non_zero_exit_code() throws Exception {
        String db = folder.resolve("corpus.db").toString();
        Path bad = Files.writeString(folder.resolve("bad.jsonl"),
                GoldFixtures.line(GoldFixtures.ENTITIES, GoldFixtures.EVENTS) + "\n{\"id\":\"b\",\"text\":\"Text\",\"entities\":[{\"id\":\"1\",\"start\":0,\"end\":99,\"label\":\"PERSON\"}]}\n");

        CommandProcess.Result result = goldset("import", "--db", db, bad.toString());
        CommandProcess.Result export = goldset("export", "--db", db, "--out", folder.resolve("x.jsonl").toString(), "--all-documents");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stderr()).contains("refused: " + bad + ":2: entities[0]: span [0, 99) is outside the text");
        assertThat(export.stdout()).contains("Exported 0 document(s)");
    }

    @Test
    void suggest_on_corenlp_servers_that_do_not_answer_says_which_and_stores_nothing() throws Exception {
        String db = folder.resolve("corpus.db").toString();
        goldset("import", "--db", db, TestDatabase.seeds().toString());
        int deadPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            deadPort = socket.getLocalPort();
        }

        CommandProcess.Result suggest = goldset("suggest", "--db", db, "--corenlp-servers", "http://127.0.0.1:" + deadPort,
                "--corenlp-timeout", "5");
        CommandProcess.Result export = goldset("export", "--db", db, "--out", folder.resolve("all.jsonl").toString(),
                "--all-documents", "--include-pending");

        assertThat(suggest.exitCode()).isEqualTo(1);
        assertThat(suggest.stderr()).contains("Analysing on CoreNLP servers http://127.0.0.1:" + deadPort)
                .contains("no CoreNLP server is ready (http://127.0.0.1:" + deadPort + ": connection refused)")
                .doesNotContain("\tat ");
        assertThat(Files.readString(folder.resolve("all.jsonl"))).doesNotContain("\"origin\"");
    }

    @Test
    void users_are_added_with_the_password_on_standard_input_listed_without_it_and_disabled() throws Exception {
        String db = folder.resolve("corpus.db").toString();

        CommandProcess.Result added = goldsetWithInput("correct horse battery\n", "user", "add", "--db", db, "--name", "ana",
                "--role", "curator", "--password-stdin");
        CommandProcess.Result again = goldsetWithInput("another long secret\n", "user", "add", "--db", db, "--name", "Ana",
                "--role", "ADMIN", "--password-stdin");
        CommandProcess.Result disabled = goldset("user", "disable", "--db", db, "--name", "ana");
        CommandProcess.Result listed = goldset("user", "list", "--db", db);

        assertThat(added.exitCode()).isZero();
        assertThat(added.stdout()).contains("Added curator ana");
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.stderr()).contains("goldset user add: there is already a user named \"ana\"");
        assertThat(disabled.stdout()).contains("Disabled ana");
        assertThat(listed.stdout()).containsPattern("ana +curator +disabled +since 20");
        assertThat(listed.stdout() + listed.stderr()).doesNotContain("correct horse").doesNotContain("bcrypt");
    }

    @Test
    void commands_on_a_missing_database_or_with_bad_options_fail_clearly() throws Exception {
        CommandProcess.Result missing = goldset("export", "--db", folder.resolve("nope.db").toString(), "--out", "x.jsonl");
        boolean missingDatabaseCreated = Files.exists(folder.resolve("nope.db"));
        CommandProcess.Result suggest = goldset("suggest", "--db", folder.resolve("nope.db").toString());
        CommandProcess.Result badOption = goldset("import", "--db", folder.resolve("nope.db").toString());

        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.stderr()).contains("No Goldset database at");
        assertThat(missingDatabaseCreated).isFalse();
        assertThat(badOption.exitCode()).isEqualTo(2);
        assertThat(badOption.stderr()).contains("Missing required parameter");
        assertThat(suggest.exitCode()).isEqualTo(2);
    }

    private CommandProcess.Result goldset(String... args) throws IOException, InterruptedException {
        return CommandProcess.run(folder, args);
    }

    private CommandProcess.Result goldsetWithInput(String standardInput, String... args)
            throws IOException, InterruptedException {
        return CommandProcess.runWithInput(folder, standardInput, args);
    }
}
