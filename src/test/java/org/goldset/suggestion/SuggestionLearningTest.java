package org.goldset.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.goldset.TestDatabase;
import org.goldset.annotation.AnnotationStatus;
import org.goldset.annotation.DecisionMemory;
import org.goldset.annotation.EntityDraft;
import org.goldset.annotation.EntityMention;
import org.goldset.annotation.EntityService;
import org.goldset.annotation.Layers;
import org.goldset.annotation.Origin;
import org.goldset.annotation.ReviewState;
import org.goldset.annotation.SuggestionResult;
import org.goldset.corpus.Document;
import org.goldset.corpus.DocumentService;
import org.goldset.text.Span;
import org.goldset.text.TextOffsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Learning from decisions and re-run rules, with the engines that need no models (fast): what one
 * analyst accepts is suggested everywhere, what is rejected nowhere, re-runs are idempotent and
 * only stale pending suggestions go.
 */
@SpringBootTest(properties = "goldset.suggestion.engines=learned,gazetteer,patterns")
class SuggestionLearningTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @Autowired
    DocumentService documents;
    @Autowired
    EntityService annotations;
    @Autowired
    SuggestionService suggestions;

    @Test
    void a_string_accepted_in_one_document_is_suggested_in_every_other() {
        Document first = document("Kata'ib Sayyid al-Shuhada claimed the attack. 🙂");
        Document second = document("🇮🇶 Officials blamed Kata'ib Sayyid al-Shuhada for the rockets.");
        int start = 0;
        annotations.storeAnnotations(first.getId(), List.of(new EntityDraft(null, new Span(start, 25), "ORGANIZATION",
                new ReviewState(AnnotationStatus.ACCEPTED, "ana", Instant.now()), Origin.manual(), null, null)),
                List.of(), "ana");

        suggestions.suggest(second.getId());

        assertThat(pending(second)).contains("ORGANIZATION:Kata'ib Sayyid al-Shuhada:learned", "WEAPON:rockets:gazetteer");
    }

    @Test
    void one_rejection_affects_that_mention_only_and_the_other_mentions_stay_suggested() {
        Document first = document("Protesters gathered in Tehran.");
        Document second = document("Tehran denied the report.");
        suggestions.suggest(first.getId());
        suggestions.suggest(second.getId());
        EntityMention tehran = annotations.findEntities(first.getId(), Layers.BASE).getFirst();
        annotations.rejectEntity(tehran.getId(), tehran.getVersion(), "ana");
        EntityMention elsewhere = annotations.findEntities(second.getId(), Layers.BASE).getFirst();

        SuggestionResult rerun = suggestions.suggest(first.getId());
        suggestions.suggest(second.getId());

        assertThat(rerun.added()).isZero();
        assertThat(annotations.findEntities(first.getId(), Layers.BASE)).singleElement()
                .extracting(EntityMention::getStatus).isEqualTo(AnnotationStatus.REJECTED);
        assertThat(annotations.findEntities(second.getId(), Layers.BASE)).singleElement().satisfies(still -> {
            assertThat(still.getId()).isEqualTo(elsewhere.getId());
            assertThat(still.getStatus()).isEqualTo(AnnotationStatus.PENDING);
        });
        assertThat(suggestions.suppressions()).noneMatch(suppression -> suppression.text().equals("Tehran"));
    }

    @Test
    void a_string_rejected_three_times_and_never_accepted_is_no_longer_suggested_and_the_run_says_so() {
        for (int i = 0; i < DecisionMemory.REJECTIONS_TO_STOP; i++) {
            Document article = document("Protesters gathered in Basra, day " + i + ".");
            suggestions.suggest(article.getId());
            assertThat(pending(article)).as("before rejection " + (i + 1)).contains("GPE:Basra:gazetteer");
            EntityMention tehran = annotations.findEntities(article.getId(), Layers.BASE).getFirst();
            annotations.rejectEntity(tehran.getId(), tehran.getVersion(), "ana");
        }
        Document next = document("Basra denied the report.");

        suggestions.suggest(next.getId());

        assertThat(pending(next)).noneMatch(entry -> entry.startsWith("GPE:Basra"));
        assertThat(suggestions.suppressions()).extracting(DecisionMemory.Suppression::describe)
                .contains("'Basra' as GPE: 3 rejections, 0 accepts — no longer suggested");
    }

    @Test
    void an_accept_by_one_analyst_and_a_reject_by_another_teaches_nothing() {
        Document first = document("Kata'ib Sayyid al-Shuhada claimed the attack.");
        Span name = new Span(0, 25);
        annotations.addManualEntity(first.getId(), "ana", name, "ORGANIZATION", "ana");
        EntityMention bos = annotations.addManualEntity(first.getId(), "bo", name, "ORGANIZATION", "bo");
        annotations.rejectEntity(bos.getId(), bos.getVersion(), "bo");
        Document second = document("Officials blamed Kata'ib Sayyid al-Shuhada for the attack.");

        suggestions.suggest(second.getId());

        assertThat(pending(second)).noneMatch(entry -> entry.endsWith(":learned"));
    }

    @Test
    void the_curated_gold_outweighs_the_rejections_of_an_analyst() {
        for (int i = 0; i < DecisionMemory.REJECTIONS_TO_STOP; i++) {
            Document article = document("Protesters gathered in Mosul, day " + i + ".");
            Span mosul = new Span(23, 28);
            EntityMention bos = annotations.addManualEntity(article.getId(), "bo", mosul, "GPE", "bo");
            annotations.rejectEntity(bos.getId(), bos.getVersion(), "bo");
            annotations.addManualEntity(article.getId(), Layers.GOLD, mosul, "GPE", "cura");
        }
        Document next = document("Mosul denied the report.");

        suggestions.suggest(next.getId());

        assertThat(pending(next)).contains("GPE:Mosul:learned");
        assertThat(suggestions.suppressions()).noneMatch(suppression -> suppression.text().equals("Mosul"));
    }

    @Test
    void a_suggestion_the_analyst_deleted_does_not_come_back_with_a_rerun() {
        Document article = document("Hezbollah fired rockets from Lebanon.");
        suggestions.suggest(article.getId());
        EntityMention rockets = annotations.findEntities(article.getId(), Layers.BASE).stream()
                .filter(mention -> mention.getLabel().equals("WEAPON")).findFirst().orElseThrow();
        annotations.deleteEntity(rockets.getId(), rockets.getVersion(), "ana");

        SuggestionResult rerun = suggestions.suggest(article.getId());

        assertThat(rerun.added()).isZero();
        assertThat(pending(article)).containsExactly("ORGANIZATION:Hezbollah:gazetteer", "GPE:Lebanon:gazetteer");
    }

    @Test
    void rerunning_adds_nothing_twice_and_removes_only_stale_pending_suggestions() {
        Document article = document("Hezbollah fired rockets from Lebanon.");
        annotations.storeAnnotations(article.getId(), List.of(
                new EntityDraft(null, new Span(0, 9), "ORGANIZATION", ReviewState.pending(),
                        Origin.engine("gazetteer", "0.outdated", 0.5), null, null),
                new EntityDraft(null, new Span(29, 36), "GPE", ReviewState.pending(),
                        Origin.engine("retired-engine", "3", 0.5), null, null)), List.of(), "old-run");

        SuggestionResult first = suggestions.suggest(article.getId());
        SuggestionResult second = suggestions.suggest(article.getId());

        // The gazetteer's own suggestion survives its version change under its id (arguments pointing
        // at it would survive too); the retired engine's is stale.
        assertThat(first).isEqualTo(new SuggestionResult(2, 1, 1));
        assertThat(second).isEqualTo(new SuggestionResult(0, 0, 3));
        assertThat(pending(article)).containsExactly(
                "ORGANIZATION:Hezbollah:gazetteer", "WEAPON:rockets:gazetteer", "GPE:Lebanon:gazetteer");
        assertThat(annotations.findEntities(article.getId(), Layers.BASE).getFirst().getOrigin().getEngineVersion())
                .isNotEqualTo("0.outdated");
    }

    @Test
    void an_analyst_annotation_blocks_overlapping_suggestions_but_is_never_changed() {
        Document article = document("The Islamic Revolutionary Guard Corps spoke.");
        annotations.storeAnnotations(article.getId(), List.of(new EntityDraft(null, new Span(4, 37), "ORGANIZATION",
                new ReviewState(AnnotationStatus.ACCEPTED, "ana", Instant.now()), Origin.manual(), null, null)),
                List.of(), "ana");
        EntityMention before = annotations.findEntities(article.getId(), Layers.BASE).getFirst();

        suggestions.suggest(article.getId());

        assertThat(annotations.findEntities(article.getId(), Layers.BASE)).singleElement().satisfies(after -> {
            assertThat(after.getVersion()).isEqualTo(before.getVersion());
            assertThat(after.getStatus()).isEqualTo(AnnotationStatus.ACCEPTED);
        });
    }

    private Document document(String text) {
        String id = "doc-" + System.nanoTime();
        return documents.addDocument(new Document(id, text, text, id, Instant.now()));
    }

    private List<String> pending(Document document) {
        TextOffsets text = new TextOffsets(document.getText());
        return annotations.findEntities(document.getId(), Layers.BASE, List.of(AnnotationStatus.PENDING)).stream()
                .map(mention -> mention.getLabel() + ":" + text.slice(mention.getSpan().start(), mention.getSpan().end())
                        + ":" + mention.getOrigin().getEngineId())
                .toList();
    }
}
