package org.goldset.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.goldset.AsAdministrator;
import org.goldset.TestDatabase;
import org.goldset.importing.CorpusImporter;
import org.goldset.importing.ImportReport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** An annotated corpus with emoji goes in and comes out with every offset, label, event and argument intact. */
@SpringBootTest
@AsAdministrator
class GoldRoundTripTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Written in full export form, so that import → export must give back the same JSON. */
    static final List<String> CORPUS = List.of(
            """
            {"id":"a1","title":"Strike in Baghdad 💥","text":"Strike in Baghdad 💥\\n\\nA U.S. drone strike 🇺🇸 killed Qassem Soleimani 😢 near Baghdad airport on January 3, 2020.","meta":{"outlet":"Wire","byline":"Jane Doe","date":"2020-01-03","url":"https://example.org/1","section":"World","rank":3,"tags":["iraq","iran"]},"status":"DONE","offsets":"codepoints","entities":[{"id":"T1","start":10,"end":17,"label":"GPE","text":"Baghdad","status":"ACCEPTED","origin":{"kind":"MANUAL"},"decided_by":"ana","decided_at":"2026-11-01T10:00:00Z"},{"id":"T2","start":23,"end":27,"label":"GPE","text":"U.S.","status":"ACCEPTED","origin":{"kind":"ENGINE","engine":"corenlp-ner","version":"4.5.10","score":0.97},"decided_by":"ana","decided_at":"2026-11-01T10:00:05Z"},{"id":"T3","start":28,"end":33,"label":"WEAPON","text":"drone","status":"ACCEPTED","origin":{"kind":"IMPORTED"}},{"id":"T4","start":51,"end":67,"label":"PERSON","text":"Qassem Soleimani","status":"ACCEPTED","origin":{"kind":"IMPORTED"},"canonical_name":"Qasem Soleimani","kb_id":"Q1276498"},{"id":"T5","start":75,"end":90,"label":"FACILITY","text":"Baghdad airport","status":"PENDING","origin":{"kind":"ENGINE","engine":"gazetteer","version":"1","score":0.5}},{"id":"T6","start":94,"end":109,"label":"DATE","text":"January 3, 2020","status":"REJECTED","origin":{"kind":"ENGINE","engine":"corenlp-ner","version":"4.5.10","score":0.9},"decided_by":"ana","decided_at":"2026-11-01T10:01:00Z"}],"events":[{"id":"E2","type":"ATTACK","trigger":{"start":34,"end":40,"text":"strike"},"arguments":[],"status":"REJECTED","origin":{"kind":"ENGINE","engine":"events","version":"1","score":0.3}},{"id":"E1","type":"KILL","trigger":{"start":44,"end":50,"text":"killed"},"arguments":[{"role":"Killer","entity":"T2","status":"ACCEPTED","origin":{"kind":"MANUAL"}},{"role":"Instrument","entity":"T3","status":"ACCEPTED","origin":{"kind":"IMPORTED"}},{"role":"Victim","entity":"T4","status":"ACCEPTED","origin":{"kind":"IMPORTED"}},{"role":"Place","entity":"T5","status":"PENDING","origin":{"kind":"ENGINE","engine":"events","version":"1","score":0.4}},{"role":"Time","entity":"T6","status":"ACCEPTED","origin":{"kind":"IMPORTED"}}],"status":"ACCEPTED","origin":{"kind":"IMPORTED"},"attributes":{"modality":"asserted","time":{"normalized":"2020-01-03"}}}]}""",
            """
            {"id":"a2","title":"Protest 🔥 in Tehran","text":"Protest 🔥 in Tehran\\nCrowds in Tehran protested against sanctions.","meta":{},"status":"NEW","offsets":"codepoints","entities":[{"id":"x","start":30,"end":36,"label":"GPE","text":"Tehran","status":"ACCEPTED","origin":{"kind":"IMPORTED"}}],"events":[{"id":"y","type":"PROTEST","trigger":{"start":37,"end":46,"text":"protested"},"arguments":[{"role":"Place","entity":"x","status":"ACCEPTED","origin":{"kind":"IMPORTED"}}],"status":"ACCEPTED","origin":{"kind":"IMPORTED"}}]}""");

    @Autowired
    CorpusImporter importer;
    @Autowired
    GoldExporter exporter;
    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path folder;

    @BeforeEach
    void importCorpus() throws Exception {
        jdbc.update("delete from document");
        Path file = Files.writeString(folder.resolve("corpus.jsonl"), String.join("\n", CORPUS) + "\n");
        ImportReport report = importer.importPaths(List.of(file), CorpusImporter.ImportProgress.NONE);
        assertThat(report.problems()).isEmpty();
        assertThat(report.documentsImported()).isEqualTo(2);
    }

    @Test
    void exporting_everything_gives_back_exactly_what_was_imported() {
        List<JsonNode> exported = export(new ExportOptions(true, true, true));

        assertThat(exported).hasSize(2);
        for (int i = 0; i < CORPUS.size(); i++) {
            assertThat(exported.get(i)).isEqualTo(JSON.readTree(CORPUS.get(i)));
        }
    }

    @Test
    void exported_offsets_count_code_points_as_python_does() {
        JsonNode document = export(new ExportOptions(true, true, true)).getFirst();
        String text = document.get("text").stringValue();
        int[] codePoints = text.codePoints().toArray();
        for (JsonNode entity : document.get("entities")) {
            String covered = new String(codePoints, entity.get("start").intValue(),
                    entity.get("end").intValue() - entity.get("start").intValue());
            assertThat(covered).isEqualTo(entity.get("text").stringValue());
        }
    }

    @Test
    void by_default_only_done_documents_and_accepted_annotations_are_exported() {
        List<JsonNode> gold = export(ExportOptions.GOLD);

        assertThat(gold).singleElement().satisfies(document -> {
            assertThat(document.get("id").stringValue()).isEqualTo("a1");
            assertThat(ids(document.get("entities"))).containsExactly("T1", "T2", "T3", "T4");
            assertThat(ids(document.get("events"))).containsExactly("E1");
            // Place points at the pending T5 and Time at the rejected T6: neither may dangle.
            assertThat(document.get("events").get(0).get("arguments").valueStream()
                    .map(argument -> argument.get("role").stringValue()).toList())
                    .containsExactly("Killer", "Instrument", "Victim");
        });
    }

    @Test
    void the_report_says_what_the_gold_left_out_and_why() {
        ExportReport report = exporter.exportJsonl(new ByteArrayOutputStream(), ExportOptions.GOLD,
                GoldExporter.ExportProgress.NONE);

        // Time is accepted but points at the rejected T6 (Place is pending, so not asked for).
        assertThat(report.warnings()).containsExactly(
                "1 × argument left out: its entity is not in this export (pending or rejected)");
    }

    @Test
    void flags_widen_the_export_to_all_documents_pending_and_rejected() {
        assertThat(export(new ExportOptions(true, false, false))).hasSize(2);
        JsonNode withPending = export(new ExportOptions(false, true, false)).getFirst();
        assertThat(ids(withPending.get("entities"))).containsExactly("T1", "T2", "T3", "T4", "T5");
        assertThat(withPending.get("events").get(0).get("arguments")).hasSize(4);
        JsonNode withRejected = export(new ExportOptions(false, false, true)).getFirst();
        assertThat(ids(withRejected.get("entities"))).containsExactly("T1", "T2", "T3", "T4", "T6");
        assertThat(ids(withRejected.get("events"))).containsExactly("E2", "E1");
    }

    private List<JsonNode> export(ExportOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.exportJsonl(out, options, GoldExporter.ExportProgress.NONE);
        return out.toString(StandardCharsets.UTF_8).lines().map(JSON::readTree).toList();
    }

    private static List<String> ids(JsonNode array) {
        return array.valueStream().map(node -> node.get("id").stringValue()).toList();
    }
}
