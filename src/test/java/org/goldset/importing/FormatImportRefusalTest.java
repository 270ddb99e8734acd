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
import org.goldset.corpus.DocumentService;
import org.goldset.format.FormatRegistry;
import org.goldset.format.ImportProblem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Bad files of every imported format are refused whole, with file, line and reason for each
 * problem, and leave the corpus as it was. Each file also holds one good document that must not go in.
 */
@SpringBootTest
class FormatImportRefusalTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    /** "🇺🇦" is 2 code points, 4 UTF-16 units: "Kyiv" is at [13, 17) in code points, [15, 19) in UTF-16. */
    private static final String TEXT = "Flag 🇺🇦 over Kyiv.\r\nNo news.";

    @Autowired
    CorpusImporter importer;
    @Autowired
    FormatRegistry formats;
    @Autowired
    DocumentService documents;
    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path folder;

    @BeforeEach
    void oneDocumentInTheCorpus() throws IOException {
        jdbc.update("delete from document");
        Path existing = Files.writeString(folder.resolve("existing.txt"), "Already here\n\nA document imported before.");
        assertThat(importer.importPaths(List.of(existing), CorpusImporter.ImportProgress.NONE).documentsImported()).isOne();
    }

    @Test
    void a_brat_zip_with_a_span_outside_the_text_a_wrong_text_or_an_unknown_label_is_refused() throws IOException {
        Path zip = folder.resolve("bad.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (String name : List.of("a", "b", "c", "d", "good")) {
                entry(out, name + ".txt", TEXT);
            }
            entry(out, "a.ann", "T1\tGPE 13 17\tKyiv\nT2\tGPE 40 44\tKyiv\n");
            entry(out, "b.ann", "T1\tGPE 8 12\tKyiv\n");
            entry(out, "c.ann", "T1\tGPE 13 17\tKyiv\nT2\tCITY 13 17\tKyiv\n");
            entry(out, "d.ann", "T1\tGPE 13 17\tKyiv\nR1\tLocated Arg1:T1 Arg2:T1\n");
            entry(out, "good.ann", "T1\tGPE 13 17\tKyiv\n");
        }

        List<String> problems = refused(zip, null);

        assertThat(problems).containsExactly(
                zip + "!/a.ann:2: T2: span [40, 44) is outside the text, which is 27 characters long as brat counts them "
                        + "(a line break is one)",
                zip + "!/b.ann:1: T1: \"text\" is \"Kyiv\" but [8, 12) covers \"over\"; offsets must count Unicode code points",
                zip + "!/c.ann:2: T2: unknown entity label \"CITY\" (the schema has: PERSON, ORGANIZATION, GPE, LOCATION, "
                        + "FACILITY, NORP, DATE, WEAPON)",
                zip + "!/d.ann:2: R1: relations and equivalences have no place in Goldset (it keeps event arguments); "
                        + "remove them or make them events");
    }

    @Test
    void a_doccano_file_with_bad_spans_labels_or_relations_is_refused() throws IOException {
        Path file = Files.writeString(folder.resolve("bad.jsonl"), String.join("\n",
                doccano("[{\"id\":1,\"label\":\"GPE\",\"start_offset\":13,\"end_offset\":17}]", "[]"),
                doccano("[{\"id\":1,\"label\":\"GPE\",\"start_offset\":13,\"end_offset\":99}]", "[]"),
                doccano("[{\"id\":1,\"label\":\"TOWN\",\"start_offset\":13,\"end_offset\":17}]", "[]"),
                doccano("[{\"id\":1,\"label\":\"GPE\",\"start_offset\":13,\"end_offset\":17}]",
                        "[{\"id\":1,\"from_id\":1,\"to_id\":7,\"type\":\"Place\"}]")) + "\n");

        List<String> problems = refused(file, "doccano");

        assertThat(problems).containsExactly(
                file + ":2: entities[0]: span [13, 99) is outside the text, which is 28 code points long (need 0 <= start < end <= length)",
                file + ":3: entities[0]: unknown entity label \"TOWN\" (the schema has: PERSON, ORGANIZATION, GPE, "
                        + "LOCATION, FACILITY, NORP, DATE, WEAPON)",
                file + ":4: relations[0]: from_id 1 is not an entity labelled with an event type (Goldset keeps "
                        + "relations as event arguments, from the trigger)");
    }

    @Test
    void a_label_studio_file_with_wrong_text_utf16_offsets_or_an_unknown_label_is_refused() throws IOException {
        Path file = Files.writeString(folder.resolve("bad.json"), "[\n" + String.join(",\n",
                labelStudio(13, 17, "Kyiv", "GPE"),
                labelStudio(13, 17, "Kiev", "GPE"),
                labelStudio(15, 19, "Kyiv", "GPE"),
                labelStudio(13, 17, "Kyiv", "TOWN")) + "\n]\n");

        List<String> problems = refused(file, null);

        assertThat(problems).hasSize(3);
        assertThat(problems.get(0)).isEqualTo(file + ":3: tasks[1].annotations[0].result[0]: \"text\" is \"Kiev\" but "
                + "[13, 17) covers \"Kyiv\"; offsets must count Unicode code points");
        assertThat(problems.get(1)).startsWith(file + ":4: tasks[2].annotations[0].result[0]: value.text is \"Kyiv\"")
                .contains("these offsets count UTF-16 units");
        assertThat(problems.get(2)).startsWith(file + ":5: tasks[3].annotations[0].result[0]: unknown entity label \"TOWN\"");
    }

    @Test
    void a_spacy_file_with_a_span_outside_the_text_an_unknown_label_or_a_dangling_relation_is_refused() throws IOException {
        String span = "{\"start\":13,\"end\":17,\"label\":\"GPE\"}";
        Path file = Files.writeString(folder.resolve("bad.jsonl"), String.join("\n",
                spacy("[" + span + "]", "[]"),
                spacy("[{\"start\":13,\"end\":30,\"label\":\"GPE\"}]", "[]"),
                spacy("[{\"start\":13,\"end\":17,\"label\":\"CITY\"}]", "[]"),
                spacy("[" + span + "]", "[{\"head_span\":" + span + ",\"child_span\":" + span + ",\"label\":\"Place\"}]"))
                + "\n");

        List<String> problems = refused(file, null);

        assertThat(problems).containsExactly(
                file + ":2: spans[0]: span [13, 30) is outside the text, which is 28 code points long (need 0 <= start < end <= length)",
                file + ":3: spans[0]: unknown entity label \"CITY\" (the schema has: PERSON, ORGANIZATION, GPE, LOCATION, "
                        + "FACILITY, NORP, DATE, WEAPON)",
                file + ":4: relations[0]: head_span is not a span labelled with an event type (Goldset keeps relations as "
                        + "event arguments)");
    }

    /** Imports the file, expects it refused and the corpus untouched; returns the problems as printed. */
    private List<String> refused(Path file, String format) {
        long before = jdbc.queryForObject("select count(*) from entity_mention", Long.class);
        ImportReport report = importer.importPaths(List.of(file), format == null ? null : formats.get(format), null,
                CorpusImporter.ImportProgress.NONE);
        assertThat(report.documentsImported()).isZero();
        assertThat(documents.countDocuments()).isOne();
        assertThat(jdbc.queryForObject("select count(*) from entity_mention", Long.class)).isEqualTo(before);
        return report.problems().stream().map(ImportProblem::toString).toList();
    }

    private static String doccano(String entities, String relations) {
        return "{\"text\":" + json(TEXT) + ",\"entities\":" + entities + ",\"relations\":" + relations + "}";
    }

    private static String spacy(String spans, String relations) {
        return "{\"text\":" + json(TEXT) + ",\"spans\":" + spans + ",\"relations\":" + relations + ",\"answer\":\"accept\"}";
    }

    private static String labelStudio(int start, int end, String text, String label) {
        return "{\"data\":{\"text\":" + json(TEXT) + "},\"annotations\":[{\"result\":[{\"id\":\"r1\",\"from_name\":\"label\","
                + "\"to_name\":\"text\",\"type\":\"labels\",\"value\":{\"start\":" + start + ",\"end\":" + end
                + ",\"text\":" + json(text) + ",\"labels\":[\"" + label + "\"]}}]}]}";
    }

    private static String json(String text) {
        return "\"" + text.replace("\r", "\\r").replace("\n", "\\n") + "\"";
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        OutputStream out = zip;
        out.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
