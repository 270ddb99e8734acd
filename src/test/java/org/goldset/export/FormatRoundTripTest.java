package org.goldset.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.goldset.AsAdministrator;
import org.goldset.TestDatabase;
import org.goldset.format.FormatRegistry;
import org.goldset.gold.FormatFixtures;
import org.goldset.importing.CorpusImporter;
import org.goldset.importing.ImportReport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Native → format → native through the real exporter and importer, on the emoji + CRLF fixture:
 * what each format can express comes back exactly.
 */
@SpringBootTest
@AsAdministrator
class FormatRoundTripTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ExportOptions EVERYTHING = new ExportOptions(true, true, true);

    @Autowired
    CorpusImporter importer;
    @Autowired
    GoldExporter exporter;
    @Autowired
    FormatRegistry formats;
    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path folder;

    @BeforeEach
    void importFixture() throws IOException {
        jdbc.update("delete from document");
        Path file = Files.writeString(folder.resolve("fixture.jsonl"), String.join("\n", FormatFixtures.lines()) + "\n");
        assertImported(importer.importPaths(List.of(file), CorpusImporter.ImportProgress.NONE));
    }

    @Test
    void jsonl_export_import_export_is_byte_identical() throws IOException {
        byte[] first = export("jsonl");
        assertThat(new String(first, StandardCharsets.UTF_8).lines().map(JSON::readTree).toList())
                .isEqualTo(FormatFixtures.lines().stream().map(JSON::readTree).toList());

        byte[] second = reimport("jsonl", first);

        assertThat(second).isEqualTo(first);
    }

    @Test
    void brat_gives_back_every_entity_event_argument_status_origin_and_decision() throws IOException {
        List<JsonNode> original = nativeDocuments(export("jsonl"));

        List<JsonNode> back = nativeDocuments(reimport("brat", export("brat")));

        assertThat(back).hasSize(2);
        for (int i = 0; i < 2; i++) {
            assertThat(back.get(i).get("id")).isEqualTo(original.get(i).get("id"));
            assertThat(back.get(i).get("text")).isEqualTo(original.get(i).get("text"));
            assertThat(back.get(i).get("entities")).isEqualTo(original.get(i).get("entities"));
            assertThat(back.get(i).get("events")).isEqualTo(original.get(i).get("events"));
        }
    }

    @Test
    void an_unzipped_brat_export_in_a_folder_imports_like_the_zip() throws IOException {
        byte[] zip = export("brat");
        byte[] fromZip = reimport("brat", zip);
        Path unzipped = Files.createDirectories(folder.resolve("data/goldset"));
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Files.write(unzipped.resolve(entry.getName()), in.readAllBytes());
            }
        }
        jdbc.update("delete from document");

        assertImported(importer.importPaths(List.of(folder.resolve("data")), CorpusImporter.ImportProgress.NONE));

        assertThat(export("jsonl")).isEqualTo(fromZip);
    }

    @ParameterizedTest
    @ValueSource(strings = {"doccano", "spacy"})
    void formats_without_statuses_give_back_every_entity_event_and_argument(String format) throws IOException {
        List<JsonNode> original = nativeDocuments(export("jsonl"));

        List<JsonNode> back = nativeDocuments(reimport(format, export(format)));

        assertThat(canonical(back, false)).isEqualTo(canonical(original, false));
        assertThat(back.getFirst().get("title").stringValue()).isEqualTo("Kyiv talks 🇺🇦");
        assertThat(back.getFirst().get("meta").get("outlet").stringValue()).isEqualTo("Wire");
    }

    @Test
    void label_studio_gives_back_accepted_and_pending_annotations_with_their_status() throws IOException {
        List<JsonNode> original = nativeDocuments(export("jsonl"));

        List<JsonNode> back = nativeDocuments(reimport("labelstudio", export("labelstudio")));

        assertThat(canonical(back, true)).isEqualTo(canonical(labelStudioCanExpress(original), true));
        assertThat(back.getFirst().get("entities").valueStream()
                .filter(entity -> entity.get("text").stringValue().equals("Istanbul")).findFirst().orElseThrow()
                .get("origin").get("score").doubleValue()).isEqualTo(0.8);
    }

    @Test
    void a_label_studio_prediction_the_annotator_took_over_comes_in_once_as_accepted() throws IOException {
        jdbc.update("delete from document");
        String region = "{\"id\":\"%s\",\"from_name\":\"label\",\"to_name\":\"text\",\"type\":\"labels\","
                + "\"value\":{\"start\":%d,\"end\":%d,\"text\":\"%s\",\"labels\":[\"%s\"]}}";
        String kyiv = region.formatted("r1", 3, 7, "Kyiv", "GPE");
        String trigger = region.formatted("r2", 8, 16, "attacked", "ATTACK");
        String relation = "{\"type\":\"relation\",\"from_id\":\"r2\",\"to_id\":\"r1\",\"direction\":\"right\",\"labels\":[\"Target\"]}";
        Path file = Files.writeString(folder.resolve("tasks.json"), "[{\"data\":{\"text\":\"🇺🇦 Kyiv attacked\"},"
                + "\"annotations\":[{\"result\":[" + kyiv + "," + trigger + "," + relation + "]}],"
                + "\"predictions\":[{\"model_version\":\"ner-2\",\"score\":0.7,\"result\":[" + kyiv + "," + trigger + ","
                + relation + "," + region.formatted("r3", 0, 2, "🇺🇦", "NORP") + "]}]}]");

        ImportReport report = importer.importPaths(List.of(file), CorpusImporter.ImportProgress.NONE);

        assertThat(report.problems()).isEmpty();
        JsonNode document = nativeDocuments(export("jsonl")).getFirst();
        assertThat(document.get("entities").valueStream().map(entity -> entity.get("text").stringValue() + " "
                + entity.get("status").stringValue())).containsExactly("🇺🇦 PENDING", "Kyiv ACCEPTED");
        assertThat(document.get("events")).singleElement().satisfies(event -> {
            assertThat(event.get("status").stringValue()).isEqualTo("ACCEPTED");
            assertThat(event.get("arguments")).hasSize(1);
        });
        assertThat(document.get("entities").get(0).get("origin").get("engine").stringValue()).isEqualTo("ner-2");
    }

    /**
     * Label Studio has no rejected regions, and a relation stays inside one annotation (accepted) or
     * prediction (pending): an argument comes back only when it, its event and its entity share a status.
     */
    private static List<JsonNode> labelStudioCanExpress(List<JsonNode> documents) {
        List<JsonNode> result = new ArrayList<>();
        for (JsonNode original : documents) {
            ObjectNode document = (ObjectNode) original.deepCopy();
            Map<String, String> statusOf = new HashMap<>();
            document.get("entities").forEach(entity -> statusOf.put(entity.get("id").stringValue(),
                    entity.get("status").stringValue()));
            ((ArrayNode) document.get("entities")).removeIf(entity -> entity.get("status").stringValue().equals("REJECTED"));
            ((ArrayNode) document.get("events")).removeIf(event -> event.get("status").stringValue().equals("REJECTED"));
            for (JsonNode event : document.get("events")) {
                String status = event.get("status").stringValue();
                ((ArrayNode) event.get("arguments")).removeIf(argument -> !argument.get("status").stringValue().equals(status)
                        || !statusOf.get(argument.get("entity").stringValue()).equals(status));
            }
            result.add(document);
        }
        return result;
    }

    /** Exports in a format, empties the corpus, imports the export (format found by itself), exports JSONL. */
    private byte[] reimport(String format, byte[] exported) throws IOException {
        Path file = Files.write(folder.resolve(formats.get(format).exportFileName("export")), exported);
        jdbc.update("delete from document");
        assertImported(importer.importPaths(List.of(file), CorpusImporter.ImportProgress.NONE));
        return export("jsonl");
    }

    private byte[] export(String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.export(out, formats.get(format), EVERYTHING, GoldExporter.ExportProgress.NONE);
        return out.toByteArray();
    }

    private static void assertImported(ImportReport report) {
        assertThat(report.problems()).isEmpty();
        assertThat(report.documentsImported()).isEqualTo(2);
    }

    private static List<JsonNode> nativeDocuments(byte[] jsonl) {
        return new String(jsonl, StandardCharsets.UTF_8).lines().map(JSON::readTree).toList();
    }

    /**
     * Each document as text: its entities ("text LABEL STATUS") and events ("TYPE trigger STATUS:
     * Role=entity, ..."), sorted, so that ids and order do not matter.
     */
    private static List<String> canonical(List<JsonNode> documents, boolean statuses) {
        List<String> result = new ArrayList<>();
        for (JsonNode document : documents) {
            Map<String, String> textOf = new HashMap<>();
            List<String> lines = new ArrayList<>();
            for (JsonNode entity : document.get("entities")) {
                textOf.put(entity.get("id").stringValue(), entity.get("text").stringValue());
                lines.add(entity.get("start").intValue() + " " + entity.get("text").stringValue().replace(' ', '_') + " "
                        + entity.get("label").stringValue() + (statuses ? " " + entity.get("status").stringValue() : ""));
            }
            for (JsonNode event : document.get("events")) {
                List<String> arguments = new ArrayList<>();
                event.get("arguments").forEach(argument -> arguments.add(argument.get("role").stringValue() + "="
                        + textOf.get(argument.get("entity").stringValue())
                        + (statuses ? "/" + argument.get("status").stringValue() : "")));
                arguments.sort(null);
                lines.add(event.get("type").stringValue() + " " + event.get("trigger").get("text").stringValue()
                        + (statuses ? " " + event.get("status").stringValue() : "") + ": " + String.join(", ", arguments));
            }
            lines.sort(null);
            result.add(document.get("text").stringValue() + "\n" + String.join("\n", lines) + "\n");
        }
        return result;
    }
}
