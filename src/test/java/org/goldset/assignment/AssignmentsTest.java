package org.goldset.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.goldset.TestAnnotations;
import org.goldset.TestDatabase;
import org.goldset.TestUsers;
import org.goldset.annotation.AnnotationLayers;
import org.goldset.annotation.EntityMention;
import org.goldset.annotation.EntityService;
import org.goldset.annotation.Layers;
import org.goldset.corpus.Document;
import org.goldset.corpus.DocumentService;
import org.goldset.corpus.DocumentStatus;
import org.goldset.review.EntityDecisions;
import org.goldset.review.NotInQueueException;
import org.goldset.review.ReviewService;
import org.goldset.review.listing.DocumentListing;
import org.goldset.review.listing.DocumentOrder;
import org.goldset.review.listing.DocumentQuery;
import org.goldset.review.listing.DocumentRow;
import org.goldset.text.Span;
import org.goldset.user.Role;
import org.goldset.user.UserAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Who annotates what (decision 017): "Review next" hands a document to as many analysts as it needs
 * and never back to one who finished it; a claim lapses after the abandonment timeout and its place
 * returns to the pool; assignments come first; an analyst opens and lists only their queue; when all
 * the analysts a document needs have finished, it goes to curation.
 */
@SpringBootTest
class AssignmentsTest {

    static final String TEXT = "Hezbollah attacked Israel on Monday.";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @Autowired
    Assignments assignments;
    @Autowired
    ReviewService review;
    @Autowired
    EntityDecisions decisions;
    @Autowired
    EntityService entities;
    @Autowired
    DocumentService documents;
    @Autowired
    DocumentListing listing;
    @Autowired
    UserAccounts users;
    @Autowired
    JdbcTemplate jdbc;

    long first;
    long second;

    @BeforeEach
    void twoDocumentsAndATeam() {
        jdbc.update("DELETE FROM document");
        first = document("first");
        second = document("second");
        TestUsers.ensure(users, "cura", Role.CURATOR);
        for (String analyst : List.of("bo", "cy", "dy")) {
            TestUsers.ensure(users, analyst, Role.ANALYST);
        }
    }

    @AfterEach
    void countsMatchRows() {
        TestAnnotations.assertTalliesMatchTheRows(jdbc);
    }

    @Test
    void review_next_hands_a_document_to_as_many_analysts_as_it_needs_then_it_goes_to_curation() {
        assertThat(as("cura", Role.CURATOR, () -> assignments.setAnnotatorsNeeded(List.of(first), 2)).changed()).isEqualTo(1);

        assertThat(next("bo")).contains(first);
        assertThat(next("cy")).contains(first);
        assertThat(next("dy")).as("the first document has its two analysts").contains(second);
        assertThat(next("bo")).as("a document handed out stays its analyst's next").contains(first);

        ReviewService.Finish bo = finish("bo", first);
        assertThat(bo.outcome()).isEqualTo(AnnotationLayers.Finished.WAITING);
        assertThat(bo.analystsAwaited()).isEqualTo(1);
        assertThat(bo.document().getStatus()).isEqualTo(DocumentStatus.IN_REVIEW);
        assertThat(next("bo")).as("never a document they finished, and the other one is taken").isEmpty();

        ReviewService.Finish cy = finish("cy", first);
        assertThat(cy.outcome()).isEqualTo(AnnotationLayers.Finished.CURATING);
        assertThat(documents.findDocument(first).orElseThrow().getStatus()).isEqualTo(DocumentStatus.CURATING);
        assertThat(entities.findEntities(first, Layers.GOLD)).as("curation makes the gold, not the last finisher").isEmpty();
        assertThat(as("cy", Role.ANALYST, assignments::queue)).containsEntry(AnnotationLayers.State.DONE, 1);
    }

    @Test
    void an_abandoned_document_returns_to_the_pool_and_its_layer_is_kept() {
        assertThat(next("bo")).contains(first);
        open("bo", first);
        jdbc.update("UPDATE layer_state SET active_at = '2026-01-01T00:00:00Z' WHERE layer = 'bo'");
        Instant before = Instant.now();
        as("bo", Role.ANALYST, () -> decisions.add(document(first), span("Monday"), "DATE", "bo"));
        assertThat(Instant.parse(activeAt("bo", first))).as("a decision keeps the claim alive").isAfterOrEqualTo(before.minusSeconds(1));
        assertThat(next("cy")).as("the first document has its one analyst").contains(second);

        jdbc.update("UPDATE layer_state SET active_at = ? WHERE layer = 'bo'", Instant.now().minusSeconds(3 * 3600).toString());
        assertThat(next("dy")).as("bo left it three hours ago: it is back in the pool").contains(first);
        assertThat(next("bo")).as("dy holds its place now").isEmpty();
        assertThat(entities.findEntities(first, "bo")).extracting(EntityMention::getLabel).containsExactly("DATE");
        assertThat(as("bo", Role.ANALYST, () -> assignments.mayOpen(first))).as("bo may still finish it").isTrue();
    }

    @Test
    void assignments_come_first_and_an_analyst_lists_and_opens_only_their_queue() {
        assertThat(as("cura", Role.CURATOR, () -> assignments.assign(List.of(second), List.of("dy", "cy"))).changed())
                .isEqualTo(2);
        assertThat(as("cura", Role.CURATOR, () -> assignments.annotatorsNeeded(second))).as("assigned to two: needs two").isEqualTo(2);
        assertThat(next("dy")).contains(second);
        assertThat(next("bo")).contains(first);

        assertThat(as("dy", Role.ANALYST, () -> listing.page(DocumentQuery.ALL, DocumentOrder.IMPORTED, false, 0, 50)))
                .extracting(DocumentRow::id).containsExactly(second);
        assertThat(as("dy", Role.ANALYST, () -> listing.count(DocumentQuery.ALL)).listed()).isEqualTo(1);
        assertThat(as("cura", Role.CURATOR, () -> listing.page(DocumentQuery.ALL, DocumentOrder.IMPORTED, false, 0, 50)))
                .extracting(DocumentRow::id).containsExactly(first, second);
        assertThatThrownBy(() -> open("dy", first)).isInstanceOf(NotInQueueException.class);
        assertThatThrownBy(() -> as("dy", Role.ANALYST, () -> assignments.setAnnotatorsNeeded(List.of(first), 3)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("dy", Role.ANALYST, () -> assignments.assign(List.of(first), List.of("dy"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("cura", Role.CURATOR, () -> assignments.assign(List.of(first), List.of("nobody"))))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(as("cura", Role.CURATOR, () -> assignments.withdraw(List.of(second), List.of("cy"))).changed()).isEqualTo(1);
        assertThat(as("cy", Role.ANALYST, () -> listing.count(DocumentQuery.ALL)).listed()).as("cy's queue").isZero();
        assertThat(next("bo")).as("bo's own document comes first").contains(first);
        assertThat(next("cy")).as("the withdrawn place is back in the pool").contains(second);
    }

    @Test
    void lowering_the_analysts_needed_moves_a_waiting_document_on() {
        as("cura", Role.CURATOR, () -> assignments.setAnnotatorsNeeded(List.of(first), 2));
        assertThat(next("bo")).contains(first);
        open("bo", first);
        as("bo", Role.ANALYST, () -> decisions.add(document(first), span("Monday"), "DATE", "bo"));
        assertThat(finish("bo", first).outcome()).isEqualTo(AnnotationLayers.Finished.WAITING);

        as("cura", Role.CURATOR, () -> assignments.setAnnotatorsNeeded(List.of(first, second), 1));

        assertThat(documents.findDocument(first).orElseThrow().getStatus()).isEqualTo(DocumentStatus.DONE);
        assertThat(entities.findEntities(first, Layers.GOLD)).extracting(EntityMention::getLabel).containsExactly("DATE");
        assertThat(documents.findDocument(second).orElseThrow().getStatus()).isEqualTo(DocumentStatus.NEW);
    }

    @Test
    void a_second_opinion_on_a_finished_document_sends_it_to_curation_and_keeps_its_gold() {
        assertThat(next("bo")).contains(first);
        open("bo", first);
        as("bo", Role.ANALYST, () -> decisions.add(document(first), span("Monday"), "DATE", "bo"));
        assertThat(finish("bo", first).outcome()).isEqualTo(AnnotationLayers.Finished.GOLD);
        assertThat(next("cy")).as("done: not in the pool").contains(second);

        as("cura", Role.CURATOR, () -> assignments.assign(List.of(first), List.of("dy")));
        assertThat(next("dy")).as("assigned, though done").contains(first);
        ReviewService.Finish dy = finish("dy", first);

        assertThat(dy.outcome()).isEqualTo(AnnotationLayers.Finished.CURATING);
        assertThat(dy.document().getStatus()).isEqualTo(DocumentStatus.CURATING);
        assertThat(entities.findEntities(first, Layers.GOLD)).as("bo's gold stays until curation")
                .extracting(EntityMention::getLabel).containsExactly("DATE");
    }

    private Optional<Long> next(String analyst) {
        return as(analyst, Role.ANALYST, () -> assignments.reviewNext(0));
    }

    private void open(String analyst, long documentId) {
        as(analyst, Role.ANALYST, () -> review.openDocument(documentId, analyst));
    }

    private ReviewService.Finish finish(String analyst, long documentId) {
        return as(analyst, Role.ANALYST, () -> {
            review.openDocument(documentId, analyst);
            return review.finishDocument(document(documentId), analyst);
        });
    }

    private String activeAt(String analyst, long documentId) {
        return jdbc.queryForObject("SELECT active_at FROM layer_state WHERE layer = ? AND document_id = ?", String.class,
                analyst, documentId);
    }

    private Document document(long id) {
        return documents.findDocument(id).orElseThrow();
    }

    private long document(String id) {
        return documents.addDocument(new Document(id, id, TEXT, id, Instant.now())).getId();
    }

    private static Span span(String covered) {
        int start = TEXT.indexOf(covered);
        return new Span(start, start + covered.length());
    }

    private static <T> T as(String name, Role role, Supplier<T> call) {
        return TestUsers.as(name, role, call);
    }
}
