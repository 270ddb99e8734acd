package org.goldset.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.goldset.AsAdministrator;
import org.goldset.TestAnnotations;
import org.goldset.TestDatabase;
import org.goldset.annotation.AnnotationSnapshots;
import org.goldset.annotation.AnnotationStatus;
import org.goldset.annotation.EntityDraft;
import org.goldset.annotation.EntityMention;
import org.goldset.annotation.EntityService;
import org.goldset.annotation.EntitySnapshot;
import org.goldset.annotation.Event;
import org.goldset.annotation.EventDraft;
import org.goldset.annotation.EventService;
import org.goldset.annotation.Layers;
import org.goldset.annotation.Origin;
import org.goldset.annotation.ReviewState;
import org.goldset.annotation.StaleAnnotationException;
import org.goldset.annotation.VersionedId;
import org.goldset.corpus.Document;
import org.goldset.corpus.DocumentService;
import org.goldset.text.Span;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Undo and redo put back exactly what was stored: ids, provenance, alternatives, KB ids, arguments. */
@SpringBootTest
@AsAdministrator
class ReviewHistoryTest {

    static final String TEXT = "😢 Hezbollah attacked Israel on Monday.";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @Autowired
    EntityDecisions decisions;
    @Autowired
    EventDecisions eventDecisions;
    @Autowired
    ReviewHistory history;
    @Autowired
    EntityService entities;
    @Autowired
    AnnotationSnapshots snapshots;
    @Autowired
    EventService events;
    @Autowired
    DocumentService documents;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ReviewService review;

    Document document;

    @BeforeEach
    void anArticleWithAnEngineSuggestionAndAnEventPointingAtIt() {
        String id = "history-" + System.nanoTime();
        document = documents.addDocument(new Document(id, "History", TEXT, id, Instant.now()));
        EntityDraft hezbollah = new EntityDraft(null, span("Hezbollah"), "ORGANIZATION", ReviewState.pending(),
                Origin.engine("corenlp-ner", "4.5.10", 0.87), "Hezbollah", "Q41053");
        entities.storeAnnotations(document.getId(), List.of(hezbollah, new EntityDraft(null, span("Israel"), "GPE",
                ReviewState.pending(), Origin.engine("gazetteer", "2", 1.0), null, null)), List.of(), "engine");
        jdbc.update("update entity_mention set engines = ?, alternatives = ? where document_id = ? and label = ?",
                "[{\"engine\":\"corenlp-ner\",\"label\":\"ORGANIZATION\"}]", "[{\"label\":\"NORP\",\"score\":0.2}]",
                document.getId(), "ORGANIZATION");
        entities.storeAnnotations(document.getId(), List.of(), List.of(new EventDraft("E1", "ATTACK",
                span("attacked"), ReviewState.pending(), Origin.engine("events", "1", 0.7),
                Map.of("modality", "\"asserted\"", "cameo", "\"190\""), List.of())), "engine");
        TestAnnotations.attachSuggestedArgument(jdbc, events.findEvents(document.getId(), Layers.BASE).getFirst(),
                "Attacker", entities.findEntities(document.getId(), Layers.BASE).getFirst());
        // The analyst works in their own layer, a copy of the suggestions made when they open the document.
        review.openDocument(document.getId(), "ana");
    }

    @AfterEach
    void theCountsPerDocumentStillMatchTheRows() {
        TestAnnotations.assertTalliesMatchTheRows(jdbc);
    }

    @Test
    void undoing_a_delete_brings_back_the_same_row_with_its_provenance_and_the_arguments_it_took_along() {
        EntitySnapshot before = snapshots.snapshotEntityWithArguments(find("Hezbollah").getId());

        ReviewChange deleted = decisions.delete(document, versioned(find("Hezbollah")), "ana");
        assertThat(entities.findEntity(before.id())).isEmpty();
        assertThat(attack().getArguments()).isEmpty();

        ReviewChange undone = history.undo(deleted.step(), "ana");

        EntitySnapshot after = snapshots.snapshotEntityWithArguments(before.id());
        assertThat(after).usingRecursiveComparison().ignoringFields("review", "origin", "arguments").isEqualTo(before);
        assertThat(after.origin().toString()).isEqualTo("corenlp-ner@4.5.10 (0.87)");
        assertThat(after.status()).isEqualTo(AnnotationStatus.PENDING);
        assertThat(after.arguments()).extracting(a -> a.id() + ":" + a.role() + ":" + a.review().getStatus())
                .containsExactlyElementsOf(before.arguments().stream()
                        .map(a -> a.id() + ":" + a.role() + ":" + a.review().getStatus()).toList());
        assertThat(attack().getArguments()).extracting(a -> a.getEntity().getId()).containsExactly(before.id());
        assertThat(undone.entities()).extracting(EntityMention::getId).containsExactly(before.id());

        history.redo(deleted.step(), "ana");                       // and redo deletes it again
        assertThat(entities.findEntity(before.id())).isEmpty();
    }

    @Test
    void add_then_undo_then_redo_gives_the_same_annotation_under_the_same_id() {
        ReviewChange added = decisions.add(document, span("Monday"), "DATE", "ana");
        long id = added.entity().getId();

        history.undo(added.step(), "ana");
        assertThat(entities.findEntity(id)).isEmpty();
        ReviewChange redone = history.redo(added.step(), "ana");

        assertThat(redone.entity().getId()).isEqualTo(id);
        assertThat(entities.findEntity(id).orElseThrow().getLabel()).isEqualTo("DATE");
        assertThat(added.step().description()).isEqualTo("add 'Monday' DATE");
    }

    @Test
    void undoing_an_accept_or_a_relabel_restores_status_label_and_decider() {
        EntityMention israel = find("Israel");
        ReviewChange relabelled = decisions.relabel(document, versioned(israel), "LOCATION", "ana");
        assertThat(relabelled.step().description()).isEqualTo("relabel 'Israel' GPE as LOCATION");

        EntityMention undone = history.undo(relabelled.step(), "ana").entity();

        assertThat(undone.getLabel()).isEqualTo("GPE");
        assertThat(undone.getStatus()).isEqualTo(AnnotationStatus.PENDING);
        assertThat(undone.getReview().getDecidedBy()).isNull();
    }

    @Test
    void an_undo_never_overwrites_what_was_decided_since() {
        EntityMention israel = find("Israel");
        ReviewChange accepted = decisions.accept(document, versioned(israel), "ana");
        EntityMention now = find("Israel");
        entities.relabelEntity(now.getId(), now.getVersion(), "LOCATION", "ana");   // Ana in another tab

        assertThatThrownBy(() -> history.undo(accepted.step(), "ana")).isInstanceOf(StaleAnnotationException.class);
        assertThat(find("Israel").getLabel()).isEqualTo("LOCATION");
    }

    @Test
    void accepting_an_argument_accepts_its_pending_entity_and_one_undo_takes_both_back() {
        Event attack = attack();
        ReviewChange accepted = eventDecisions.decideArgument(document, versioned(attack),
                attack.getArguments().getFirst().getId(), AnnotationStatus.ACCEPTED, "ana");

        assertThat(find("Hezbollah").getStatus()).isEqualTo(AnnotationStatus.ACCEPTED);
        assertThat(attack().getArguments().getFirst().getStatus()).isEqualTo(AnnotationStatus.ACCEPTED);
        assertThat(accepted.entities()).extracting(EntityMention::getId).containsExactly(find("Hezbollah").getId());

        history.undo(accepted.step(), "ana");
        assertThat(find("Hezbollah").getStatus()).isEqualTo(AnnotationStatus.PENDING);
        assertThat(attack().getArguments().getFirst().getStatus()).isEqualTo(AnnotationStatus.PENDING);
    }

    @Test
    void accepting_an_event_with_its_arguments_accepts_them_and_their_entities_in_one_step() {
        Event attack = attack();
        ReviewChange accepted = eventDecisions.decide(document, List.of(versioned(attack)), AnnotationStatus.ACCEPTED,
                true, "ana");

        assertThat(attack().getStatus()).isEqualTo(AnnotationStatus.ACCEPTED);
        assertThat(attack().getArguments()).allMatch(a -> a.getStatus() == AnnotationStatus.ACCEPTED);
        assertThat(find("Hezbollah").getStatus()).isEqualTo(AnnotationStatus.ACCEPTED);
        assertThat(accepted.step().description()).isEqualTo("accept ATTACK 'attacked' with 1 argument(s)");

        history.undo(accepted.step(), "ana");
        assertThat(attack().getStatus()).isEqualTo(AnnotationStatus.PENDING);
        assertThat(find("Hezbollah").getStatus()).isEqualTo(AnnotationStatus.PENDING);
    }

    @Test
    void rejecting_a_string_everywhere_shows_its_reach_first_and_one_undo_takes_it_all_back() {
        String otherText = "Israel and 🇮🇱 Israel again, and Israeli troops.";
        Document other = documents.addDocument(new Document("other-" + System.nanoTime(), "Other", otherText,
                "other", Instant.now()));
        entities.storeAnnotations(other.getId(), List.of(
                new EntityDraft(null, new Span(0, 6), "GPE", ReviewState.pending(), Origin.engine("gazetteer", "2", 1.0),
                        null, null),
                new EntityDraft(null, new Span(14, 20), "GPE", ReviewState.pending(), Origin.engine("gazetteer", "2", 1.0),
                        null, null)), List.of(), "engine");
        review.openDocument(other.getId(), "ana");

        List<Long> pendingIsraelBefore = entities.findPendingCovering("Israel", "GPE", "ana");

        EntityDecisions.Everywhere preview = decisions.previewRejectEverywhere(document, find("Israel").getId());
        assertThat(preview.mentionIds()).containsExactlyInAnyOrderElementsOf(pendingIsraelBefore)
                .contains(find("Israel").getId()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(preview.documents()).isGreaterThanOrEqualTo(2);

        ReviewChange rejected = decisions.rejectEverywhere(preview, "ana");
        assertThat(entities.findEntities(other.getId(), "ana")).allMatch(m -> m.getStatus() == AnnotationStatus.REJECTED);
        assertThat(find("Israel").getStatus()).isEqualTo(AnnotationStatus.REJECTED);
        assertThat(entities.findPendingCovering("Israel", "GPE", "ana")).isEmpty();
        assertThat(rejected.step().description())
                .isEqualTo("reject 'Israel' GPE everywhere (" + pendingIsraelBefore.size() + ")");

        history.undo(rejected.step(), "ana");
        assertThat(entities.findEntities(other.getId(), "ana")).allMatch(m -> m.getStatus() == AnnotationStatus.PENDING);
        assertThat(find("Israel").getStatus()).isEqualTo(AnnotationStatus.PENDING);
    }

    private Event attack() {
        return events.findEvents(document.getId(), "ana").getFirst();
    }

    private EntityMention find(String covered) {
        return entities.findEntities(document.getId(), "ana").stream()
                .filter(m -> m.getSpan().equals(span(covered))).findFirst().orElseThrow();
    }

    private static Span span(String covered) {
        int start = TEXT.codePointCount(0, TEXT.indexOf(covered));
        return new Span(start, start + covered.length());
    }

    private static VersionedId versioned(EntityMention mention) {
        return new VersionedId(mention.getId(), mention.getVersion());
    }

    private static VersionedId versioned(Event event) {
        return new VersionedId(event.getId(), event.getVersion());
    }
}
