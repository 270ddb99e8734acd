package org.goldset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.goldset.AsAdministrator;
import org.goldset.TestDatabase;
import org.goldset.corpus.DocumentService;
import org.goldset.format.FormatRegistry;
import org.goldset.gold.FormatFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import picocli.CommandLine;

/**
 * {@code export --format NAME} and {@code import} of what it wrote, through picocli and the Spring
 * beans as the jar runs them (in this JVM: CommandLineTest covers the separate-process path).
 */
@SpringBootTest
@AsAdministrator
class CommandFormatsTest {

    private static Path database;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        database = TestDatabase.register(registry);
    }

    @Autowired
    ApplicationContext context;
    @Autowired
    DocumentService documents;
    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path folder;

    @BeforeEach
    void importFixture() throws Exception {
        jdbc.update("delete from document");
        Path fixture = Files.writeString(folder.resolve("fixture.jsonl"), String.join("\n", FormatFixtures.lines()) + "\n");
        assertThat(goldset("import", "--db", database.toString(), fixture.toString())).isZero();
    }

    @ParameterizedTest
    @CsvSource({"jsonl,{", "brat,PK", "conll,-DOCSTART-", "spacy,{", "doccano,{", "labelstudio,[", "dygiepp,{"})
    void every_format_exports_through_the_command_line_and_the_importable_ones_read_back(String format, String start)
            throws Exception {
        Path out = folder.resolve("out/corpus." + format);

        int exit = goldset("export", "--db", database.toString(), "--format", format, "--out", out.toString(),
                "--all-documents", "--include-pending");

        assertThat(exit).isZero();
        assertThat(new String(Files.readAllBytes(out), StandardCharsets.UTF_8)).startsWith(start);
        try (var files = Files.list(out.getParent())) {
            assertThat(files).as("no partial file left behind").containsExactly(out);
        }
        if (!format.equals("conll") && !format.equals("dygiepp")) {
            jdbc.update("delete from document");
            assertThat(goldset("import", "--db", database.toString(), "--format", format, out.toString())).isZero();
            assertThat(documents.countDocuments()).isEqualTo(2);
        }
    }

    @Test
    void an_unknown_format_is_a_usage_error() {
        assertThat(goldset("export", "--db", database.toString(), "--format", "xml", "--out",
                folder.resolve("x").toString())).isEqualTo(2);
        assertThat(goldset("import", "--db", database.toString(), "--format", "xml", "x.xml")).isEqualTo(2);
        assertThat(Files.exists(folder.resolve("x"))).isFalse();
    }

    private int goldset(String... args) {
        return new CommandLine(new GoldsetCommand(), context.getBean(CommandLine.IFactory.class)).execute(args);
    }

    @Test
    void the_help_describes_exactly_the_formats_the_application_runs_with() {
        assertThat(FormatRegistry.ids(new FormatRegistry(CommandHelp.formats()).readable()))
                .isEqualTo(FormatRegistry.ids(context.getBean(FormatRegistry.class).readable()));
        assertThat(FormatRegistry.ids(new FormatRegistry(CommandHelp.formats()).writable()))
                .isEqualTo(FormatRegistry.ids(context.getBean(FormatRegistry.class).writable()));
    }
}
