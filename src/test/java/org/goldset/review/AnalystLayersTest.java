package org.goldset.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.goldset.AsAdministrator;
import org.goldset.TestAnnotations;
import org.goldset.TestDatabase;
import org.goldset.annotation.AnnotationStatus;
import org.goldset.annotation.EntityDraft;
import org.goldset.annotation.EntityMention;
import org.goldset.annotation.EntityService;
import org.goldset.annotation.Event;
import org.goldset.annotation.EventDraft;
import org.goldset.annotation.EventService;
import org.goldset.annotation.Layers;
import org.goldset.annotation.Origin;
import org.goldset.annotation.ReviewState;
import org.goldset.annotation.VersionedId;
import org.goldset.corpus.Document;
import org.goldset.corpus.DocumentService;
import org.goldset.corpus.DocumentStatus;
import org.goldset.export.ExportOptions;
import org.goldset.export.GoldExporter;
import org.goldset.text.Span;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Each analyst works in a layer of their own (decision 016): a copy of the shared suggestions,
 * events, arguments and attributes included, made when they open the document; what one decides
 * the other never sees; only its owner changes a layer; finishing makes it the gold that export
 * writes, and `--layer` exports one analyst's layer.
 */
@SpringBootTest
@AsAdministrator
class AnalystLayersTest {

    static final String TEXT = "Hezbollah attacked Israel on Monday.";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @Autowired
    ReviewService review;
    @Autowired
    EntityDecisions decisions;
    @Autowired
    EventDecisions eventDecisions;
    @Autowired
    EntityService entities;
    @Autowired
    EventService events;
    @Autowired
    DocumentService documents;
    @Autowired
    GoldExporter exporter;
    @Autowired
    JdbcTemplate jdbc;

    Document document;

    @BeforeEach
    void suggestionsWithAnEvent() {
        String id = "layers-" + System.nanoTime();
        document = documents.addDocument(new Document(id, "Layers", TEXT, id, Instant.now()));
        entities.storeAnnotations(document.getId(), List.of(entity("E1", "Hezbollah", "ORGANIZATION"),
                entity("E2", "Israel", "GPE"), entity("E3", "Monday", "DATE")), List.of(new EventDraft("V1", "ATTACK",
                span("attacked"), ReviewState.pending(), Origin.engine("events", "1", 0.7),
                Map.of("modality", "\"asserted\""), List.of(new EventDraft.ArgumentDraft("Attacker", "E1",
                        ReviewState.pending(), Origin.engine("events", "1", 0.7))))), "engine");
    }

    @AfterEach
    void countsMatchRows() {
        TestAnnotations.assertTalliesMatchTheRows(jdbc);
    }

    @Test
    void two_analysts_start_from_the_same_suggestions_and_never_see_each_others_decisions() {
        review.openDocument(document.getId(), "ana");
        review.openDocument(document.getId(), "bo");

        for (String analyst : List.of("ana", "bo")) {
            assertThat(entities.findEntities(document.getId(), analyst)).extracting(EntityMention::getLabel)
                    .containsExactly("ORGANIZATION", "GPE", "DATE");
            Event attack = events.findEvents(document.getId(), analyst).getFirst();
            assertThat(attack.getAttributesJson()).containsEntry("modality", "\"asserted\"");
            assertThat(attack.getArguments()).singleElement().satisfies(argument -> {
                assertThat(argument.getEntity().getLayer()).isEqualTo(analyst);
                assertThat(argument.getEntity().getCopiedFrom()).isEqualTo(find(Layers.BASE, "Hezbollah").getId());
            });
        }

        decisions.accept(document, versioned(find("ana", "Israel")), "ana");
        decisions.reject(document, versioned(find("bo", "Monday")), "bo");

        assertThat(find("ana", "Israel").getStatus()).isEqualTo(AnnotationStatus.ACCEPTED);
        assertThat(find("ana", "Monday").getStatus()).isEqualTo(AnnotationStatus.PENDING);
        assertThat(find("bo", "Israel").getStatus()).isEqualTo(AnnotationStatus.PENDING);
        assertThat(find("bo", "Monday").getStatus()).isEqualTo(AnnotationStatus.REJECTED);
        assertThat(find(Layers.BASE, "Israel").getStatus()).isEqualTo(AnnotationStatus.PENDING);
        assertThat(find(Layers.BASE, "Monday").getStatus()).isEqualTo(AnnotationStatus.PENDING);

        // Opening again never copies twice.
        review.openDocument(document.getId(), "ana");
        assertThat(entities.findEntities(document.getId(), "ana")).hasSize(3);
    }

    @Test
    void only_its_owner_changes_a_layer() {
        review.openDocument(document.getId(), "ana");
        EntityMention anas = find("ana", "Israel");
        assertThatThrownBy(() -> decisions.accept(document, versioned(anas), "bo"))
                .hasMessageContaining("ana's own layer");
        Event anasEvent = events.findEvents(document.getId(), "ana").getFirst();
        assertThatThrownBy(() -> eventDecisions.decide(document, List.of(new VersionedId(anasEvent.getId(),
                anasEvent.getVersion())), AnnotationStatus.REJECTED, false, "bo")).hasMessageContaining("ana's own layer");
        assertThat(find("ana", "Israel").getStatus()).isEqualTo(AnnotationStatus.PENDING);
    }

    @Test
    void finishing_makes_the_analysts_layer_the_gold_and_export_writes_it() {
        review.openDocument(document.getId(), "ana");
        review.openDocument(document.getId(), "bo");
        decisions.accept(document, versioned(find("ana", "Israel")), "ana");
        decisions.accept(document, versioned(find("bo", "Monday")), "bo");
        decisions.add(document, span("Hezbollah attacked"), "ORGANIZATION", "bo");

        Document done = review.finishDocument(documents.findDocument(document.getId()).orElseThrow(), "ana").document();
        assertThat(done.getStatus()).isEqualTo(DocumentStatus.DONE);
        assertThat(entities.findEntities(document.getId(), Layers.GOLD)).extracting(m -> m.getLabel() + " " + m.getStatus())
                .containsExactly("ORGANIZATION PENDING", "GPE ACCEPTED", "DATE PENDING");

        assertThat(export(ExportOptions.GOLD)).contains("\"text\":\"Israel\"").doesNotContain("\"text\":\"Monday\"");
        assertThat(export(new ExportOptions(false, false, false, "bo"))).contains("\"text\":\"Monday\"")
                .contains("\"text\":\"Hezbollah attacked\"").doesNotContain("\"text\":\"Israel\"");

        // Finishing again after a change replaces the gold, it does not add to it.
        decisions.accept(document, versioned(find("ana", "Monday")), "ana");
        review.finishDocument(documents.findDocument(document.getId()).orElseThrow(), "ana");
        assertThat(entities.findEntities(document.getId(), Layers.GOLD)).hasSize(3);
        assertThat(export(ExportOptions.GOLD)).contains("\"text\":\"Monday\"");
    }

    private String export(ExportOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.exportJsonl(out, options, GoldExporter.ExportProgress.NONE);
        return out.toString(StandardCharsets.UTF_8);
    }

    private EntityMention find(String layer, String covered) {
        return entities.findEntities(document.getId(), layer).stream()
                .filter(mention -> mention.getSpan().equals(span(covered))).findFirst().orElseThrow();
    }

    private static VersionedId versioned(EntityMention mention) {
        return new VersionedId(mention.getId(), mention.getVersion());
    }

    private static Span span(String covered) {
        int start = TEXT.indexOf(covered);
        return new Span(start, start + covered.length());
    }

    private static EntityDraft entity(String key, String covered, String label) {
        return new EntityDraft(key, span(covered), label, ReviewState.pending(), Origin.engine("test", "1", 0.9),
                null, null);
    }
}
