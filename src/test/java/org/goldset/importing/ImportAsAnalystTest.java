package org.goldset.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.goldset.AsAdministrator;
import org.goldset.TestAnnotations;
import org.goldset.TestDatabase;
import org.goldset.annotation.AnnotationLayers;
import org.goldset.annotation.EntityMention;
import org.goldset.annotation.EntityService;
import org.goldset.annotation.Layers;
import org.goldset.corpus.Document;
import org.goldset.corpus.DocumentService;
import org.goldset.corpus.DocumentStatus;
import org.goldset.export.ExportOptions;
import org.goldset.export.GoldExporter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * `import --as NAME`: annotations made elsewhere become that analyst's finished layer, to compare
 * and curate. A text already in the corpus gets the layer instead of being skipped; the shared
 * layer and the gold are left alone; a second layer of the same analyst is refused whole.
 */
@SpringBootTest
class ImportAsAnalystTest {

    static final String TEXT = "Hezbollah attacked Israel on Monday.";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @Autowired
    CorpusImporter importer;
    @Autowired
    DocumentService documents;
    @Autowired
    EntityService entities;
    @Autowired
    AnnotationLayers layers;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    GoldExporter exporter;

    @TempDir
    Path folder;

    @BeforeEach
    void emptyCorpus() {
        jdbc.update("DELETE FROM document");
    }

    @AfterEach
    void countsMatchRows() {
        TestAnnotations.assertTalliesMatchTheRows(jdbc);
    }

    @Test
    void a_known_text_gets_the_analysts_layer_and_a_new_text_a_document_being_annotated() throws Exception {
        importer.importPaths(List.of(jsonl("shared.jsonl", "a1", TEXT, "DONE", "Hezbollah", "ORGANIZATION")),
                CorpusImporter.ImportProgress.NONE);
        Document shared = documents.findByExternalId("a1").orElseThrow();

        ImportReport bo = importer.importPaths(List.of(jsonl("bo.jsonl", "elsewhere-7", TEXT, "DONE", "Israel", "GPE")),
                null, "bo", CorpusImporter.ImportProgress.NONE);
        assertThat(bo.documentsImported()).isOne();
        assertThat(bo.duplicates()).isEmpty();
        assertThat(documents.countDocuments()).isOne();
        assertThat(labels(shared, "bo")).containsExactly("Israel GPE");
        assertThat(layers.state(shared.getId(), "bo")).isEqualTo(AnnotationLayers.State.DONE);
        assertThat(labels(shared, Layers.BASE)).containsExactly("Hezbollah ORGANIZATION");
        assertThat(labels(shared, Layers.GOLD)).containsExactly("Hezbollah ORGANIZATION");

        // A second layer of Bo's for the same text is refused, and nothing of that file is stored.
        ImportReport again = importer.importPaths(List.of(jsonl("bo2.jsonl", "x", TEXT, "DONE", "Monday", "DATE")),
                null, "bo", CorpusImporter.ImportProgress.NONE);
        assertThat(again.documentsImported()).isZero();
        assertThat(again.problems()).singleElement().satisfies(problem ->
                assertThat(problem.message()).isEqualTo("bo already has a layer of document \"a1\"; nothing of this file was imported"));
        assertThat(labels(shared, "bo")).containsExactly("Israel GPE");

        String other = "Rockets hit Metula on Tuesday.";
        importer.importPaths(List.of(jsonl("cy.jsonl", "c1", other, "DONE", "Metula", "GPE")), null, "cy",
                CorpusImporter.ImportProgress.NONE);
        Document fresh = documents.findByExternalId("c1").orElseThrow();
        assertThat(fresh.getStatus()).isEqualTo(DocumentStatus.IN_REVIEW);
        assertThat(labels(fresh, "cy")).containsExactly("Metula GPE");
        assertThat(labels(fresh, Layers.BASE)).isEmpty();
        assertThat(labels(fresh, Layers.GOLD)).isEmpty();
    }

    @Test
    @AsAdministrator
    void an_export_of_every_layer_reads_back_as_the_same_layers() throws Exception {
        importer.importPaths(List.of(jsonl("shared.jsonl", "a1", TEXT, "DONE", "Hezbollah", "ORGANIZATION")),
                CorpusImporter.ImportProgress.NONE);
        importer.importPaths(List.of(jsonl("bo.jsonl", "x", TEXT, "DONE", "Israel", "GPE")), null, "bo",
                CorpusImporter.ImportProgress.NONE);
        importer.importPaths(List.of(jsonl("cy.jsonl", "y", TEXT, "DONE", "Monday", "DATE")), null, "cy",
                CorpusImporter.ImportProgress.NONE);
        Path export = folder.resolve("all-layers.jsonl");
        exporter.exportToFile(export, exporter.nativeFormat(), new ExportOptions(false, false, false, null, true),
                GoldExporter.ExportProgress.NONE);
        List<String> lines = Files.readAllLines(export);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).doesNotContain("\"annotator\"").contains("\"text\":\"Hezbollah\"");
        assertThat(lines.get(1)).contains("\"annotator\":\"bo\"").contains("\"text\":\"Israel\"");
        assertThat(lines.get(2)).contains("\"annotator\":\"cy\"").contains("\"text\":\"Monday\"");

        jdbc.update("DELETE FROM document");
        ImportReport back = importer.importPaths(List.of(export), CorpusImporter.ImportProgress.NONE);
        assertThat(back.problems()).isEmpty();
        Document again = documents.findByExternalId("a1").orElseThrow();
        assertThat(again.getStatus()).isEqualTo(DocumentStatus.DONE);
        assertThat(labels(again, Layers.GOLD)).containsExactly("Hezbollah ORGANIZATION");
        assertThat(labels(again, "bo")).containsExactly("Israel GPE");
        assertThat(labels(again, "cy")).containsExactly("Monday DATE");
        assertThat(layers.state(again.getId(), "cy")).isEqualTo(AnnotationLayers.State.DONE);
    }

    private List<String> labels(Document document, String layer) {
        return entities.findEntities(document.getId(), layer).stream()
                .map(mention -> covered(document, mention) + " " + mention.getLabel()).toList();
    }

    private static String covered(Document document, EntityMention mention) {
        return document.getText().substring(mention.getSpan().start(), mention.getSpan().end());
    }

    private Path jsonl(String name, String id, String text, String status, String covered, String label) throws Exception {
        int start = text.indexOf(covered);
        String line = "{\"id\":\"%s\",\"text\":\"%s\",\"status\":\"%s\",\"entities\":[{\"id\":\"T1\",\"start\":%d,\"end\":%d,\"label\":\"%s\",\"status\":\"ACCEPTED\"}]}"
                .formatted(id, text, status, start, start + covered.length(), label);
        return Files.writeString(folder.resolve(name), line + "\n");
    }
}
