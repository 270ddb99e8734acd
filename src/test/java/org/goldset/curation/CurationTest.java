package org.goldset.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.goldset.AsAdministrator;
import org.goldset.TestDatabase;
import org.goldset.agreement.AgreementFixtures;
import org.goldset.annotation.AnnotationStatus;
import org.goldset.base.Json;
import org.goldset.corpus.DocumentService;
import org.goldset.corpus.DocumentStatus;
import org.goldset.curation.CurationSheet.Item;
import org.goldset.curation.CurationSheet.ItemKind;
import org.goldset.curation.CurationSheet.State;
import org.goldset.export.ExportOptions;
import org.goldset.export.GoldExporter;
import org.goldset.importing.CorpusImporter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Two analysts' layers (ana's, and bo's perturbed copy) reach curation when the second is imported;
 * the gold starts with what both gave, the curator settles the rest, and the gold export then holds
 * exactly the chosen versions, each with how it was reached.
 */
@SpringBootTest
@AsAdministrator
class CurationTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @Autowired
    CorpusImporter importer;
    @Autowired
    Curation curation;
    @Autowired
    DocumentService documents;
    @Autowired
    GoldExporter exporter;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @TempDir
    Path folder;

    long strike;

    @BeforeEach
    void twoAnalystsFinished() throws Exception {
        jdbc.update("DELETE FROM document");
        AgreementFixtures.importAs(importer, folder, "ana", AgreementFixtures.strikeOfAna(), AgreementFixtures.talksOfAna());
        AgreementFixtures.importAs(importer, folder, "bo", AgreementFixtures.strikeOfBo(), AgreementFixtures.talksOfBo());
        strike = documents.findByExternalId("strike").orElseThrow().getId();
    }

    @Test
    void what_both_analysts_gave_is_merged_and_the_rest_waits_for_the_curator() {
        assertThat(documents.findDocument(strike).orElseThrow().getStatus()).isEqualTo(DocumentStatus.CURATING);
        CurationSheet sheet = curation.sheet(strike).orElseThrow();
        assertThat(sheet.analysts()).containsExactly("ana", "bo");

        assertThat(entities(sheet, "Hezbollah").state()).isEqualTo(State.AGREED);
        assertThat(entities(sheet, "Monday").state()).isEqualTo(State.AGREED);
        assertThat(entities(sheet, "rockets").state()).isEqualTo(State.OPEN);
        assertThat(entities(sheet, "rockets").rows().getFirst().cells())
                .containsExactly("WEAPON “rockets”", "WEAPON “rocket”");
        assertThat(entities(sheet, "Lebanon").rows().getFirst().cells())
                .containsExactly("GPE “Lebanon”", "LOCATION “Lebanon”");
        assertThat(entities(sheet, "IRGC").rows().getFirst().cells()).containsExactly("ORGANIZATION “IRGC”", "—");
        assertThat(position(sheet, "Time").state()).isEqualTo(State.INCOMPLETE);
        assertThat(position(sheet, "Attacker").state()).isEqualTo(State.OPEN);
        assertThat(item(sheet, ItemKind.EVENT, "fired").state()).isEqualTo(State.AGREED);
        // 3 entities open on this article: rockets/rocket (2 units), Lebanon (2), IRGC (1); arguments:
        // Attacker (2), Target (2), Instrument (2), Time (1).
        assertThat(sheet.open()).isEqualTo(12);

        List<Curation.QueueEntry> queue = curation.queue(0, 10);
        long talks = documents.findByExternalId("talks").orElseThrow().getId();
        assertThat(queue).extracting(Curation.QueueEntry::documentId).containsExactly(strike, talks);
        assertThat(queue.getFirst().open()).isEqualTo(12);
        assertThat(queue.getFirst().open()).isGreaterThan(queue.get(1).open());
    }

    @Test
    void the_gold_export_holds_exactly_the_chosen_versions_with_their_provenance() throws Exception {
        CurationSheet sheet = curation.sheet(strike).orElseThrow();
        curation.take(strike, entities(sheet, "rockets").key(), "ana");
        curation.take(strike, entities(sheet, "Lebanon").key(), "bo");
        curation.reject(strike, entities(sheet, "IRGC").key());
        // Argument by argument: bo's attacker and target, ana's instrument and time.
        curation.take(strike, position(sheet, "Attacker").key(), "bo");
        curation.take(strike, position(sheet, "Target").key(), "bo");
        curation.take(strike, position(sheet, "Instrument").key(), "ana");
        curation.take(strike, position(sheet, "Time").key(), "ana");
        assertThat(curation.sheet(strike).orElseThrow().open()).isZero();
        curation.finish(strike, false);

        JsonNode gold = goldLine("strike");
        assertThat(entityLines(gold)).containsExactly("Hezbollah ORGANIZATION unanimous", "rockets WEAPON chosen",
                "Israel GPE unanimous", "Lebanon LOCATION chosen", "Monday DATE unanimous");
        assertThat(argumentLines(gold)).containsExactlyInAnyOrder("Attacker=Israel chosen", "Target=Hezbollah chosen",
                "Instrument=rockets chosen", "Time=Monday chosen");
        JsonNode chosen = gold.get("entities").get(3).get("provenance");
        assertThat(chosen.get("curator").asString()).as("the logged-in curator (@AsAdministrator)").isEqualTo("ana");
        assertThat(chosen.get("version_of").asString()).isEqualTo("bo");
        assertThat(documents.findDocument(strike).orElseThrow().getStatus()).isEqualTo(DocumentStatus.DONE);
    }

    @Test
    void taking_a_card_whole_takes_its_arguments_and_undo_puts_everything_back() {
        CurationSheet before = curation.sheet(strike).orElseThrow();
        Curation.Done done = curation.take(strike, item(before, ItemKind.EVENT, "fired").key(), "ana");
        CurationStep step = done.step();
        CurationSheet after = curation.sheet(strike).orElseThrow();
        // The sheet an action returns (its rows updated in memory) is the one the database gives.
        assertThat(done.sheet()).isEqualTo(after);
        assertThat(position(after, "Attacker").rows().getFirst().gold()).isEqualTo("ORGANIZATION “Hezbollah”");
        assertThat(position(after, "Instrument").rows().getFirst().gold()).isEqualTo("WEAPON “rockets”");
        // The instrument's filler was still undecided: taking the argument took the entity too.
        assertThat(entities(after, "rockets").units()).extracting(CurationSheet.Unit::status)
                .contains(AnnotationStatus.ACCEPTED);
        assertThat(position(after, "Time").state()).isEqualTo(State.DECIDED);

        curation.undo(step);
        CurationSheet undone = curation.sheet(strike).orElseThrow();
        assertThat(undone.units()).isEqualTo(before.units());
        assertThat(undone.open()).isEqualTo(before.open());
    }

    @Test
    void relabelling_keeps_the_span_with_the_curators_label_and_rejecting_a_filler_drops_its_argument() throws Exception {
        CurationSheet sheet = curation.sheet(strike).orElseThrow();
        curation.take(strike, position(sheet, "Instrument").key(), "bo");
        assertThat(curation.take(strike, entities(sheet, "Lebanon").key(), "bo").sheet())
                .isEqualTo(curation.sheet(strike).orElseThrow());
        curation.relabel(strike, entities(sheet, "IRGC").units().getFirst().goldId(), "NORP");
        CurationSheet relabelled = curation.sheet(strike).orElseThrow();
        assertThat(entities(relabelled, "IRGC").rows().getFirst().gold()).isEqualTo("NORP “IRGC”");
        // Ana's "rockets" wins the entity: bo's "rocket", the instrument taken, leaves the gold with its argument.
        curation.take(strike, entities(relabelled, "rockets").key(), "ana");
        curation.finish(strike, true);

        JsonNode gold = goldLine("strike");
        assertThat(entityLines(gold)).contains("IRGC NORP edited", "rockets WEAPON chosen").doesNotContain("rocket WEAPON chosen");
        assertThat(argumentLines(gold)).noneMatch(line -> line.startsWith("Instrument="));
        assertThatThrownBy(() -> curation.relabel(strike, entities(relabelled, "IRGC").units().getFirst().goldId(), "BANANA"))
                .hasMessageContaining("unknown entity label");
    }

    @Test
    void a_curated_gold_exported_and_imported_again_exports_the_same_with_its_provenance() throws Exception {
        CurationSheet sheet = curation.sheet(strike).orElseThrow();
        curation.take(strike, item(sheet, ItemKind.EVENT, "fired").key(), "bo");
        curation.relabel(strike, entities(sheet, "IRGC").units().getFirst().goldId(), "NORP");
        curation.finish(strike, true);
        String exported = goldLine("strike").toString();
        assertThat(exported).contains("\"how\":\"edited\"", "\"how\":\"chosen\"", "\"how\":\"unanimous\"");

        Path file = folder.resolve("gold.jsonl");
        java.nio.file.Files.writeString(file, exported + "\n");
        jdbc.update("DELETE FROM document");
        assertThat(importer.importPaths(List.of(file), CorpusImporter.ImportProgress.NONE).problems()).isEmpty();
        assertThat(goldLine("strike").toString()).isEqualTo(exported);
    }

    @Test
    void a_third_analyst_finishing_later_adds_their_votes_and_leaves_the_curators_decisions_alone() throws Exception {
        CurationSheet sheet = curation.sheet(strike).orElseThrow();
        curation.take(strike, entities(sheet, "rockets").key(), "bo");
        AgreementFixtures.importAs(importer, folder, "cy", AgreementFixtures.strikeOfAna());

        CurationSheet three = curation.sheet(strike).orElseThrow();
        assertThat(three.analysts()).containsExactly("ana", "bo", "cy");
        assertThat(entities(three, "Hezbollah").units().getFirst().howReached()).isEqualTo("unanimous: ana, bo, cy");
        assertThat(entities(three, "rockets").units()).extracting(CurationSheet.Unit::howReached)
                .containsExactlyInAnyOrder("rejected by ana", "ana chose bo's version");
        assertThat(entities(three, "IRGC").state()).isEqualTo(State.OPEN);
        assertThat(entities(three, "IRGC").units().getFirst().voters()).containsExactly("ana", "cy");
    }

    /**
     * An import writes in batches of 20,000 rows, handing out row ids from its own counter; curation
     * built in between took ids the next batch then used (a PRIMARY KEY failure on 10,000 articles).
     */
    @Test
    void an_import_written_in_several_batches_builds_the_curation_of_every_document() throws Exception {
        java.util.List<tools.jackson.databind.node.ObjectNode> ana = new ArrayList<>();
        java.util.List<tools.jackson.databind.node.ObjectNode> bo = new ArrayList<>();
        for (int document = 0; document < 3; document++) {
            ana.add(manyWords("many-" + document, "PERSON"));
            bo.add(manyWords("many-" + document, "ORGANIZATION"));
        }
        AgreementFixtures.importAs(importer, folder, "ana", ana.toArray(tools.jackson.databind.node.ObjectNode[]::new));
        assertThat(AgreementFixtures.importAs(importer, folder, "bo", bo.toArray(tools.jackson.databind.node.ObjectNode[]::new))
                .problems()).isEmpty();
        for (int document = 0; document < 3; document++) {
            long id = documents.findByExternalId("many-" + document).orElseThrow().getId();
            assertThat(curation.sheet(id).orElseThrow().open()).isEqualTo(2 * 10_001);
        }
    }

    /** 10,001 one-letter words, each an entity with the label. */
    private static tools.jackson.databind.node.ObjectNode manyWords(String id, String label) {
        StringBuilder text = new StringBuilder(id).append('\n');
        int offset = text.length();
        tools.jackson.databind.node.ObjectNode line = Json.MAPPER.createObjectNode();
        tools.jackson.databind.node.ArrayNode entities = Json.MAPPER.createArrayNode();
        for (int word = 0; word < 10_001; word++) {
            entities.addObject().put("id", "T" + word).put("start", offset).put("end", offset + 1).put("label", label);
            text.append("w ");
            offset += 2;
        }
        line.put("id", id).put("text", text.toString()).put("status", "DONE");
        line.set("entities", entities);
        line.putArray("events");
        return line;
    }

    @Test
    void finishing_with_open_differences_needs_the_curators_word() {
        assertThatThrownBy(() -> curation.finish(strike, false)).hasMessageContaining("12 differences are still open");
        curation.finish(strike, true);
        assertThat(curation.sheet(strike).orElseThrow().open()).isZero();
        assertThat(curation.queue(0, 10)).extracting(Curation.QueueEntry::documentId)
                .containsExactly(documents.findByExternalId("talks").orElseThrow().getId());
    }

    private JsonNode goldLine(String id) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.exportJsonl(out, ExportOptions.GOLD, GoldExporter.ExportProgress.NONE);
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            JsonNode json = Json.MAPPER.readTree(line);
            if (json.get("id").asString().equals(id)) {
                return json;
            }
        }
        throw new AssertionError("no gold line " + id);
    }

    private static List<String> entityLines(JsonNode gold) {
        List<String> lines = new ArrayList<>();
        gold.get("entities").forEach(entity -> lines.add(entity.get("text").asString() + " " + entity.get("label").asString()
                + " " + entity.get("provenance").get("how").asString()));
        return lines;
    }

    private static List<String> argumentLines(JsonNode gold) {
        java.util.Map<String, String> texts = new java.util.HashMap<>();
        gold.get("entities").forEach(entity -> texts.put(entity.get("id").asString(), entity.get("text").asString()));
        List<String> lines = new ArrayList<>();
        gold.get("events").forEach(event -> event.get("arguments").forEach(argument -> lines.add(
                argument.get("role").asString() + "=" + texts.get(argument.get("entity").asString()) + " "
                        + argument.get("provenance").get("how").asString())));
        return lines;
    }

    private static Item entities(CurationSheet sheet, String covered) {
        return item(sheet, ItemKind.ENTITIES, covered);
    }

    private static Item item(CurationSheet sheet, ItemKind kind, String covered) {
        return sheet.items().stream().filter(item -> item.kind() == kind && cover(sheet, item).equals(covered))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " on " + covered + ": " + sheet.items()));
    }

    private static Item position(CurationSheet sheet, String role) {
        return sheet.items().stream().filter(item -> item.kind() == ItemKind.POSITION && item.role().equals(role)
                && cover(sheet, item).equals("fired")).findFirst().orElseThrow();
    }

    private static String cover(CurationSheet sheet, Item item) {
        return sheet.covered(item.span());
    }
}
