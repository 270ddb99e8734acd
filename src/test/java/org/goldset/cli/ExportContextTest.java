package org.goldset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import jakarta.persistence.EntityManagerFactory;
import org.goldset.Application;
import org.goldset.TestDatabase;
import org.goldset.importing.CorpusImporter;
import org.goldset.nlp.CoreNlpAnalyzer;
import org.goldset.suggestion.SuggestionRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code export} runs in a context of its own, without Hibernate or the engines, and reads what import stored. */
class ExportContextTest {

    @TempDir
    Path folder;

    @Test
    void export_starts_without_hibernate_or_the_engines_and_exports_what_import_stored() throws Exception {
        String db = folder.resolve("corpus.db").toString();
        Path out = folder.resolve("all.jsonl");
        assertThat(run("import", "--db", db, TestDatabase.seeds().toString())).isZero();

        String[] export = {"export", "--db", db, "--out", out.toString(), "--all-documents"};
        ConfigurableApplicationContext context = Application.commandApplication(export).run(export);
        try {
            assertThat(context.getBeanNamesForType(EntityManagerFactory.class)).isEmpty();
            assertThat(context.getBeanNamesForType(SuggestionRunner.class)).isEmpty();
            assertThat(context.getBeanNamesForType(CorpusImporter.class)).isEmpty();
            assertThat(context.getBeanNamesForType(CoreNlpAnalyzer.class)).isEmpty();
        } finally {
            assertThat(SpringApplication.exit(context)).isZero();
        }
        assertThat(Files.readAllLines(out)).hasSize(5)
                .allSatisfy(line -> assertThat(line).contains("\"offsets\":\"codepoints\"").contains("\"text\":"));
    }

    private static int run(String... args) {
        return SpringApplication.exit(Application.commandApplication(args).run(args));
    }
}
