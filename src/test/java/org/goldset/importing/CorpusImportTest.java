package org.goldset.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.goldset.TestAnnotations;
import org.goldset.TestDatabase;
import org.goldset.corpus.Document;
import org.goldset.corpus.DocumentService;
import org.goldset.format.ImportProblem;
import org.goldset.gold.GoldFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest
class CorpusImportTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @Autowired
    CorpusImporter importer;
    @Autowired
    DocumentService documents;
    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path folder;

    @BeforeEach
    void emptyCorpus() {
        // The decision history is append-only by design, so tests start from empty annotation tables
        // by removing documents (annotations cascade) and leaving history rows, which are not counted.
        jdbc.update("delete from document");
    }

    @AfterEach
    void theCountsPerDocumentStillMatchTheRows() {
        TestAnnotations.assertTalliesMatchTheRows(jdbc);
    }

    @Test
    void importing_the_seeds_twice_gives_five_documents() {
        ImportReport first = importer.importPaths(List.of(TestDatabase.seeds()), CorpusImporter.ImportProgress.NONE);
        ImportReport second = importer.importPaths(List.of(TestDatabase.seeds()), CorpusImporter.ImportProgress.NONE);

        assertThat(first.documentsImported()).isEqualTo(5);
        assertThat(second.documentsImported()).isZero();
        assertThat(second.duplicates()).hasSize(5);
        assertThat(documents.countDocuments()).isEqualTo(5);
    }

    /** Rows are written in batches before the file is done: a problem on its last line must still undo them all. */
    @Test
    void a_problem_on_the_last_line_of_a_long_file_leaves_nothing_of_it_behind() throws Exception {
        StringBuilder lines = new StringBuilder();
        int articles = GoldDocumentStore.ROWS_PER_WRITE / 10 + 100; // ten entities each: several batches
        for (int k = 0; k < articles; k++) {
            StringBuilder entities = new StringBuilder();
            for (int e = 0; e < 10; e++) {
                entities.append(e == 0 ? "" : ",").append("{\"id\":\"T").append(e).append("\",\"start\":")
                        .append(e * 5).append(",\"end\":").append(e * 5 + 4).append(",\"label\":\"PERSON\"}");
            }
            lines.append("{\"id\":\"a").append(k).append("\",\"text\":\"").append("Name ".repeat(10))
                    .append("article ").append(k).append("\",\"entities\":[").append(entities).append("]}\n");
        }
        lines.append("{\"id\":\"last\",\"text\":\"Short.\",\"entities\":[{\"start\":0,\"end\":99,\"label\":\"PERSON\"}]}\n");
        Path file = Files.writeString(folder.resolve("long.jsonl"), lines);
        long decisionsBefore = jdbc.queryForObject("select count(*) from decision", Long.class);

        ImportReport report = importer.importPaths(List.of(file), CorpusImporter.ImportProgress.NONE);

        assertThat(report.documentsImported()).isZero();
        assertThat(report.problems()).singleElement().satisfies(problem -> assertThat(problem.line()).isEqualTo(articles + 1));
        assertThat(documents.countDocuments()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from entity_mention", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from decision", Long.class)).isEqualTo(decisionsBefore);
    }

    @Test
    void a_long_file_reports_its_progress_every_thousand_documents() throws Exception {
        StringBuilder lines = new StringBuilder();
        for (int k = 0; k < 2_500; k++) {
            lines.append("{\"id\":\"p").append(k).append("\",\"text\":\"Article ").append(k).append(".\"}\n");
        }
        Path file = Files.writeString(folder.resolve("progress.jsonl"), lines);
        List<Integer> reported = new java.util.ArrayList<>();

        ImportReport report = importer.importPaths(List.of(file), null, null, new CorpusImporter.ImportProgress() {
            @Override
            public void fileDone(int done, int total, Path path, ImportReport soFar) {
            }

            @Override
            public void documentsRead(Path path, int documents) {
                reported.add(documents);
            }
        });

        assertThat(report.documentsImported()).isEqualTo(2_500);
        assertThat(reported).containsExactly(1_000, 2_000);
    }

    @Test
    void a_text_file_is_stored_byte_for_byte_with_title_byline_and_date_as_metadata() throws Exception {
        Path seed = TestDatabase.seeds().resolve("000_58c3ede30341f408.txt");
        importer.importPaths(List.of(seed), CorpusImporter.ImportProgress.NONE);

        Document document = documents.findByExternalId("000_58c3ede30341f408").orElseThrow();
        assertThat(document.getText()).isEqualTo(Files.readString(seed, StandardCharsets.UTF_8));
        assertThat(document.getTitle()).startsWith("Iran’s IRGC Hits Back at US Criticism");
        assertThat(document.getByline()).isEqualTo("Patrick Goodenough");
        assertThat(document.getPublishedOn()).isEqualTo(LocalDate.of(2018, 11, 6));
        assertThat(document.getSourceFile()).endsWith("000_58c3ede30341f408.txt");
    }

    @Test
    void a_utf8_byte_order_mark_is_removed_and_nothing_else() throws Exception {
        byte[] body = "Title\n\nBody 👍 text.\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Path file = Files.write(folder.resolve("bom.txt"), withBom);

        importer.importPaths(List.of(file), CorpusImporter.ImportProgress.NONE);

        Document document = documents.findByExternalId("bom").orElseThrow();
        assertThat(document.getText()).isEqualTo("Title\n\nBody 👍 text.\n");
        assertThat(document.getTextLength()).isEqualTo(20); // code points: the emoji counts once
    }

    @Test
    void a_file_that_is_not_utf8_is_refused_naming_its_line() throws Exception {
        byte[] latin1 = "Title\nCaf\u00e9 society\n".getBytes(StandardCharsets.ISO_8859_1);
        Path file = Files.write(folder.resolve("latin1.txt"), latin1);

        ImportReport report = importer.importPaths(List.of(file), CorpusImporter.ImportProgress.NONE);

        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.message()).contains("not valid UTF-8");
        });
        assertThat(documents.countDocuments()).isZero();
    }

    @Test
    void empty_unsupported_and_missing_files_are_refused_and_the_good_ones_still_go_in() throws Exception {
        Files.writeString(folder.resolve("good.txt"), "A good article\n\nWith a body.");
        Files.writeString(folder.resolve("empty.txt"), "  \n");
        Path pdf = Files.writeString(folder.resolve("article.pdf"), "%PDF-1.4");

        ImportReport report = importer.importPaths(List.of(folder, pdf, folder.resolve("missing.txt")),
                CorpusImporter.ImportProgress.NONE);

        assertThat(report.documentsImported()).isEqualTo(1);
        assertThat(report.problems()).extracting(ImportProblem::message)
                .containsExactlyInAnyOrder("the file is empty",
                        "unsupported file type; Goldset imports .txt, .jsonl, .json (Label Studio), .zip or folders "
                                + "(brat); name the format with --format",
                        "no such file or folder");
    }

    @Test
    void an_annotated_jsonl_file_is_imported_with_its_entities_events_and_history() throws Exception {
        Path file = Files.writeString(folder.resolve("gold.jsonl"),
                GoldFixtures.line(GoldFixtures.ENTITIES, GoldFixtures.EVENTS) + "\n");

        ImportReport report = importer.importPaths(List.of(file), CorpusImporter.ImportProgress.NONE);

        assertThat(report.problems()).isEmpty();
        assertThat(report.entitiesImported()).isEqualTo(4);
        assertThat(report.eventsImported()).isEqualTo(1);
        assertThat(count("entity_mention")).isEqualTo(4);
        assertThat(count("event_argument")).isEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from decision d join document doc on d.document_id = doc.id"
                + " where d.action = 'CREATE'", Integer.class)).isEqualTo(5);
        Document document = documents.findByExternalId("doc-1").orElseThrow();
        assertThat(document.getOutlet()).isEqualTo("Example News");
        assertThat(document.getUrl()).isEqualTo("https://example.org/a");
        assertThat(document.getTitle()).isEqualTo(GoldFixtures.TEXT);
    }

    @Test
    void a_malformed_jsonl_file_is_refused_naming_each_bad_line_and_leaves_nothing_behind() throws Exception {
        String good = GoldFixtures.line(GoldFixtures.ENTITIES, GoldFixtures.EVENTS);
        String secondGood = "{\"id\":\"doc-2\",\"text\":\"Another article about Tehran.\"}";
        Path file = Files.writeString(folder.resolve("bad.jsonl"), String.join("\n",
                good, secondGood, "{\"id\":\"doc-3\",\"text\":", "",
                "{\"id\":\"doc-4\",\"text\":\"abc\",\"entities\":[{\"id\":\"a\",\"start\":0,\"end\":1,\"label\":\"VILLAIN\"}]}"));

        ImportReport report = importer.importPaths(List.of(file), CorpusImporter.ImportProgress.NONE);

        assertThat(report.documentsImported()).isZero();
        assertThat(report.problems()).extracting(ImportProblem::line).containsExactly(3, 5);
        assertThat(report.problems().get(0).toString()).contains("bad.jsonl:3: not valid JSON");
        assertThat(report.problems().get(1).message()).contains("unknown entity label \"VILLAIN\"");
        assertThat(count("document")).isZero();
        assertThat(count("entity_mention")).isZero();
        assertThat(count("event")).isZero();
    }

    @Test
    void a_jsonl_id_that_exists_with_another_text_refuses_the_whole_file() throws Exception {
        Files.writeString(folder.resolve("first.jsonl"), "{\"id\":\"a\",\"text\":\"First text.\"}\n");
        importer.importPaths(List.of(folder.resolve("first.jsonl")), CorpusImporter.ImportProgress.NONE);
        Path clash = Files.writeString(folder.resolve("second.jsonl"),
                "{\"id\":\"b\",\"text\":\"Fine text.\"}\n{\"id\":\"a\",\"text\":\"Other text.\"}\n");

        ImportReport report = importer.importPaths(List.of(clash), CorpusImporter.ImportProgress.NONE);

        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.message()).contains("already in the corpus with a different text");
        });
        assertThat(documents.findByExternalId("b")).isEmpty();
    }

    @Test
    void a_jsonl_line_repeating_an_imported_text_is_skipped_not_duplicated() throws Exception {
        Path seed = TestDatabase.seeds().resolve("004_b1389853fe8e59a6.txt");
        importer.importPaths(List.of(seed), CorpusImporter.ImportProgress.NONE);
        String text = Files.readString(seed).replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
        Path file = Files.writeString(folder.resolve("again.jsonl"), "{\"id\":\"other-id\",\"text\":\"" + text + "\"}\n");

        ImportReport report = importer.importPaths(List.of(file), CorpusImporter.ImportProgress.NONE);

        assertThat(report.duplicates()).singleElement().asString().contains("004_b1389853fe8e59a6");
        assertThat(documents.countDocuments()).isEqualTo(1);
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }
}
