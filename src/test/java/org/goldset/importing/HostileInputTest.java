package org.goldset.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.goldset.TestDatabase;
import org.goldset.format.ImportProblem;
import org.goldset.gold.GoldFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every file is judged alone: in one folder, a zip bomb, a link to a system file, an article over the
 * size limit, a line over the line limit, a file whose name cannot be an id as it is, text that cannot
 * be stored as given, repeated annotations and an unknown modality are each refused or mended with
 * their file, line and reason, and the good files beside them go in, within flat memory.
 */
@SpringBootTest(properties = {"goldset.limits.article-characters=2000", "goldset.limits.line-characters=8000",
        "goldset.limits.annotations-per-document=50"})
class HostileInputTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @Autowired
    CorpusImporter importer;
    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path folder;

    @BeforeEach
    void emptyCorpus() {
        jdbc.update("DELETE FROM document");
    }

    @Test
    void a_folder_of_hostile_files_imports_the_good_ones_and_names_every_other() throws IOException {
        Path input = Files.createDirectory(folder.resolve("input"));
        Files.writeString(input.resolve("good.txt"), "Good article\n\nSanctions were announced in Brussels today.");
        zipBomb(input.resolve("bomb.zip"), 300 << 20);
        Files.createSymbolicLink(input.resolve("hostname.txt"), Path.of("/etc/hostname"));
        Files.writeString(input.resolve("huge.txt"), "Long\n\n" + "word ".repeat(1000));
        Files.writeString(input.resolve("n".repeat(240) + ".txt"), "Long name\n\nAn article whose file name is long.");
        Files.writeString(input.resolve("lines.jsonl"), GoldFixtures.line(GoldFixtures.ENTITIES, GoldFixtures.EVENTS)
                .replace("doc-1", "fine") + "\n" + "{\"id\":\"x\",\"text\":\"" + "y".repeat(9000) + "\"}\n");
        Files.writeString(input.resolve("surrogate.jsonl"), "{\"id\":\"s\",\"text\":\"Broken \\ud83d here.\"}\n");
        String repeated = GoldFixtures.ENTITIES + ",\n" + GoldFixtures.ENTITIES.lines().findFirst().orElseThrow()
                .replace("\"T1\"", "\"T9\"").replaceAll(",$", "");
        Files.writeString(input.resolve("repeated.jsonl"), GoldFixtures.line(repeated, GoldFixtures.EVENTS)
                .replace("doc-1", "rep") + "\n");
        Files.writeString(input.resolve("modality.jsonl"), GoldFixtures.line(GoldFixtures.ENTITIES,
                GoldFixtures.EVENTS.replace("\"asserted\"", "\"maybe\"")).replace("doc-1", "mod") + "\n");

        ImportReport report = importer.importPaths(List.of(input), CorpusImporter.ImportProgress.NONE);

        assertThat(jdbc.queryForList("SELECT external_id FROM document ORDER BY external_id", String.class))
                .containsExactly("good", "n".repeat(190));
        assertThat(report.problems()).extracting(ImportProblem::toString).anySatisfy(problem ->
                        assertThat(problem).startsWith(input.resolve("bomb.zip") + ": the zip entry \"zeros.txt\" expands"))
                .anySatisfy(problem -> assertThat(problem).startsWith(input.resolve("hostname.txt") + ": a symbolic link"))
                .anySatisfy(problem -> assertThat(problem).isEqualTo(input.resolve("huge.txt") + ": the article has 5,006 "
                        + "characters, more than the limit of 2,000 (goldset.limits.article-characters)"))
                .anySatisfy(problem -> assertThat(problem).startsWith(input.resolve("lines.jsonl") + ":2: the line is "
                        + "longer than 8,000 bytes"))
                .anySatisfy(problem -> assertThat(problem).startsWith(input.resolve("surrogate.jsonl") + ":1: the text "
                        + "holds an unpaired surrogate (\\uD83D) at character 7"))
                .anySatisfy(problem -> assertThat(problem).isEqualTo(input.resolve("repeated.jsonl") + ":1: entities[4] "
                        + "repeats entities[0] (same span [10, 14), label and status)"))
                .anySatisfy(problem -> assertThat(problem).startsWith(input.resolve("modality.jsonl") + ":1: ")
                        .contains("modality must be one of asserted, negated, hypothetical, planned; got \"maybe\""));
        assertThat(report.documentsImported()).isEqualTo(2);
    }

    @Test
    void a_zip_whose_entries_climb_out_of_it_is_refused_before_any_entry_is_read() throws IOException {
        Path zip = folder.resolve("escape.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            entry(out, "good.txt", "A good article.");
            entry(out, "../../outside.txt", "Out of the archive.");
        }
        ImportReport report = importer.importPaths(List.of(zip), CorpusImporter.ImportProgress.NONE);
        assertThat(report.problems()).extracting(ImportProblem::toString)
                .containsExactly(zip + ": the zip entry \"../../outside.txt\" points outside the archive; refused");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM document", Integer.class)).isZero();
    }

    @Test
    void an_article_over_the_character_limit_in_a_jsonl_line_is_refused_with_its_line() throws IOException {
        Path file = Files.writeString(folder.resolve("big.jsonl"), "{\"id\":\"ok\",\"text\":\"Short.\"}\n"
                + "{\"id\":\"big\",\"text\":\"" + "z".repeat(2500) + "\"}\n");
        ImportReport report = importer.importPaths(List.of(file), CorpusImporter.ImportProgress.NONE);
        assertThat(report.problems()).extracting(ImportProblem::toString).containsExactly(file + ":2: the article has "
                + "2,500 characters, more than the limit of 2,000 (goldset.limits.article-characters)");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM document", Integer.class)).isZero();
    }

    /** One entry of zeros: a few hundred kilobytes in the zip, hundreds of megabytes read out. */
    private static void zipBomb(Path zip, int bytes) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("zeros.txt"));
            byte[] zeros = new byte[1 << 20];
            for (int written = 0; written < bytes; written += zeros.length) {
                out.write(zeros);
            }
            out.closeEntry();
            entry(out, "zeros.ann", "");
        }
    }

    private static void entry(ZipOutputStream out, String name, String content) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        OutputStream stream = out;
        stream.write(content.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }
}
