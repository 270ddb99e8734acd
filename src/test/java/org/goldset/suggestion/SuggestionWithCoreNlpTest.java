package org.goldset.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.goldset.AsAdministrator;
import org.goldset.TestAnnotations;
import org.goldset.TestDatabase;
import org.goldset.annotation.AnnotationStatus;
import org.goldset.annotation.EntityMention;
import org.goldset.annotation.EntityService;
import org.goldset.annotation.Layers;
import org.goldset.annotation.OriginKind;
import org.goldset.annotation.SuggestionResult;
import org.goldset.corpus.Document;
import org.goldset.corpus.DocumentService;
import org.goldset.corpus.DocumentStatus;
import org.goldset.export.GoldExporter;
import org.goldset.importing.CorpusImporter;
import org.goldset.text.Span;
import org.goldset.text.TextOffsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** Import → suggest → decide → export on a real SQLite file with the real CoreNLP models. */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@AsAdministrator
class SuggestionWithCoreNlpTest {

    /** Emoji before every entity, so UTF-16 and code-point offsets differ everywhere. */
    static final String ARTICLE = """
            🇮🇷 Iranian Commander Meets Hezbollah Chief 🔥

            By Jane Doe | January 7, 2020

            TEHRAN — Gen. Qassem Soleimani 😢 met Hassan Nasrallah in Beirut on Tuesday. The Islamic \
            Revolutionary Guard Corps said Iranian drones and ballistic missiles had struck Ain al-Asad Air Base \
            in Iraq, near the Persian Gulf. Secretary of State Mike Pompeo said the United States would respond.
            """;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @Autowired
    CorpusImporter importer;
    @Autowired
    DocumentService documents;
    @Autowired
    SuggestionService suggestions;
    @Autowired
    EntityService annotations;
    @Autowired
    org.goldset.annotation.EventService eventReads;
    @Autowired
    GoldExporter exporter;

    Document document;

    @BeforeAll
    void importArticle(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("briefing.txt"), ARTICLE);
        importer.importPaths(List.of(folder.resolve("briefing.txt")), CorpusImporter.ImportProgress.NONE);
        document = documents.findByExternalId("briefing").orElseThrow();
        suggestions.suggest(document.getId());
    }

    @Test
    void all_eight_labels_are_suggested_with_code_point_offsets() {
        Map<String, List<String>> byLabel = suggestedByLabel();

        assertThat(byLabel.keySet()).containsExactlyInAnyOrder(
                "PERSON", "ORGANIZATION", "GPE", "LOCATION", "FACILITY", "NORP", "DATE", "WEAPON");
        assertThat(byLabel.get("PERSON")).contains("Qassem Soleimani", "Hassan Nasrallah", "Mike Pompeo", "Jane Doe");
        assertThat(byLabel.get("ORGANIZATION")).contains("Hezbollah", "Islamic Revolutionary Guard Corps");
        assertThat(byLabel.get("GPE")).contains("Beirut", "Iraq", "United States");
        assertThat(byLabel.get("NORP")).contains("Iranian");
        assertThat(byLabel.get("DATE")).contains("Tuesday");
        assertThat(byLabel.get("WEAPON")).contains("drones", "ballistic missiles");
        assertThat(byLabel.get("FACILITY")).contains("Ain al-Asad Air Base");
        assertThat(byLabel.get("LOCATION")).contains("Persian Gulf");
    }

    @Test
    void events_are_suggested_with_roles_filled_by_the_suggested_entities() {
        List<String> events = eventReads.findEvents(document.getId(), Layers.BASE).stream()
                .map(event -> event.getType() + " " + text(event.getTrigger()) + " " + event.getArguments().stream()
                        .map(argument -> argument.getRole() + "=" + text(argument.getEntity().getSpan())).sorted().toList()
                        + " " + event.getAttributesJson().get("modality"))
                .toList();

        assertThat(events).anySatisfy(event -> assertThat(event).startsWith("MEET met")
                .contains("Participant=Hassan Nasrallah").contains("Place=Beirut").contains("Time=Tuesday").contains("\"asserted\""));
        assertThat(events).anySatisfy(event -> assertThat(event).startsWith("ATTACK struck")
                .contains("Target=Ain al-Asad Air Base"));
        assertThat(eventReads.findEvents(document.getId(), Layers.BASE)).allSatisfy(event -> {
            assertThat(event.getOrigin().getEngineId()).isEqualTo("events");
            assertThat(event.getAttributesJson()).containsKeys("modality", "cameo");
        });
    }

    @Test
    void titles_pronouns_and_possessives_stay_outside_suggestions() {
        List<String> all = suggestedByLabel().values().stream().flatMap(List::stream).toList();
        assertThat(all).doesNotContain("Gen. Qassem Soleimani", "Secretary", "Secretary of State", "he", "his");
    }

    @Test
    void every_suggestion_records_its_engines_and_scores() {
        List<EntityMention> pending = annotations.findEntities(document.getId(), Layers.BASE, List.of(AnnotationStatus.PENDING));
        assertThat(pending).allSatisfy(mention -> {
            assertThat(mention.getOrigin().getKind()).isEqualTo(OriginKind.ENGINE);
            assertThat(mention.getOrigin().getScore()).isBetween(0.0, 1.0);
            assertThat(mention.getEnginesJson()).contains(mention.getOrigin().getEngineId());
        });
        assertThat(pending).extracting(mention -> mention.getOrigin().getEngineId())
                .contains("corenlp-ner", "gazetteer", "patterns");
    }

    @Test
    void accepted_suggestions_reach_the_gold_export_and_a_rerun_changes_nothing() {
        EntityMention soleimani = find("Qassem Soleimani", "PERSON");
        EntityMention tuesday = find("Tuesday", "DATE");
        annotations.acceptEntity(soleimani.getId(), soleimani.getVersion(), "ana");
        annotations.rejectEntity(tuesday.getId(), tuesday.getVersion(), "ana");
        Document current = documents.findDocument(document.getId()).orElseThrow();
        documents.changeStatus(current.getId(), current.getVersion(), DocumentStatus.DONE, "ana");

        SuggestionResult rerun = suggestions.suggest(document.getId());

        assertThat(rerun.added()).isZero();
        assertThat(rerun.removedAsStale()).isZero();
        assertThat(annotations.findEntities(document.getId(), Layers.BASE))
                .filteredOn(mention -> mention.getStatus() != AnnotationStatus.PENDING)
                .extracting(mention -> text(mention) + "/" + mention.getStatus())
                .containsExactlyInAnyOrder("Qassem Soleimani/ACCEPTED", "Tuesday/REJECTED");

        JsonNode gold = TestAnnotations.goldOfTheOneDoneDocument(exporter);
        assertThat(gold.get("entities")).singleElement().satisfies(entity -> {
            assertThat(entity.get("text").stringValue()).isEqualTo("Qassem Soleimani");
            int[] codePoints = ARTICLE.codePoints().toArray();
            int start = entity.get("start").intValue();
            assertThat(new String(codePoints, start, entity.get("end").intValue() - start)).isEqualTo("Qassem Soleimani");
            assertThat(entity.get("origin").get("kind").stringValue()).isEqualTo("ENGINE");
            assertThat(entity.get("decided_by").stringValue()).isEqualTo("ana");
        });
    }

    @Test
    void an_event_argument_points_at_the_analyst_s_entity_rather_than_at_a_suggestion_it_blocks() {
        String text = "The Islamic Revolutionary Guard Corps struck Ain al-Asad Air Base on Tuesday.";
        String id = "blocked-" + System.nanoTime();
        Document other = documents.addDocument(new Document(id, "Strike", text, id, java.time.Instant.now()));
        int start = text.indexOf("Revolutionary Guard Corps");
        EntityMention manual = annotations.addManualEntity(other.getId(), Layers.BASE,
                new Span(start, start + "Revolutionary Guard Corps".length()), "ORGANIZATION", "ana");

        suggestions.suggest(other.getId());

        org.goldset.annotation.Event strike = eventReads.findEvents(other.getId(), Layers.BASE).stream()
                .filter(event -> event.getType().equals("ATTACK")).findFirst().orElseThrow();
        assertThat(strike.getArguments()).anySatisfy(argument -> {
            assertThat(argument.getRole()).isEqualTo("Attacker");
            assertThat(argument.getEntity().getId()).isEqualTo(manual.getId());
        });
    }


    private EntityMention find(String text, String label) {
        return annotations.findEntities(document.getId(), Layers.BASE).stream()
                .filter(mention -> text(mention).equals(text) && mention.getLabel().equals(label))
                .findFirst().orElseThrow(() -> new AssertionError("no suggestion " + label + " " + text));
    }

    private Map<String, List<String>> suggestedByLabel() {
        // All statuses: another test of this class accepts and rejects some of the suggestions.
        return annotations.findEntities(document.getId(), Layers.BASE).stream()
                .collect(Collectors.groupingBy(EntityMention::getLabel,
                        Collectors.mapping(this::text, Collectors.toList())));
    }

    private String text(Span span) {
        return new TextOffsets(ARTICLE).slice(span.start(), span.end());
    }

    private String text(EntityMention mention) {
        return new TextOffsets(ARTICLE).slice(mention.getSpan().start(), mention.getSpan().end());
    }
}
