package org.goldset.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.goldset.AsAdministrator;
import org.goldset.TestAnnotations;
import org.goldset.TestDatabase;
import org.goldset.annotation.AnnotationStatus;
import org.goldset.annotation.EntityDraft;
import org.goldset.annotation.EntityMention;
import org.goldset.annotation.EntityService;
import org.goldset.annotation.Event;
import org.goldset.annotation.EventService;
import org.goldset.annotation.Layers;
import org.goldset.annotation.Origin;
import org.goldset.annotation.ReviewState;
import org.goldset.annotation.StaleAnnotationException;
import org.goldset.annotation.VersionedId;
import org.goldset.corpus.Document;
import org.goldset.corpus.DocumentService;
import org.goldset.history.Decision;
import org.goldset.history.DecisionHistory;
import org.goldset.text.Span;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The schema's and the history's rules for editing events, on a real SQLite file. */
@SpringBootTest
@AsAdministrator
class EventReviewRulesTest {

    static final String TEXT = "Hezbollah attacked Israel on Monday.";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EventDecisions eventDecisions;
    @Autowired
    ReviewHistory history;
    @Autowired
    EventService events;
    @Autowired
    EntityService annotations;
    @Autowired
    DocumentService documents;
    @Autowired
    DecisionHistory decisionLog;
    @Autowired
    ReviewService review;

    Document document;
    Event attack;

    @BeforeEach
    void anAttackWithoutArguments() {
        document = document(TEXT);
        annotations.storeAnnotations(document.getId(), List.of(entity("Hezbollah", "ORGANIZATION"),
                entity("Israel", "GPE"), entity("Monday", "DATE")), List.of(), "engine");
        review.openDocument(document.getId(), "ana");
        attack = eventDecisions.create(document, new Span(10, 18), "ATTACK", "ana").event();
    }

    @AfterEach
    void theCountsPerDocumentStillMatchTheRows() {
        TestAnnotations.assertTalliesMatchTheRows(jdbc);
    }

    @Test
    void a_role_refuses_an_entity_type_it_does_not_take_and_nothing_is_stored() {
        assertThatThrownBy(() -> fill(attack, "Attacker", find("Monday"), "ana"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Attacker takes PERSON, ORGANIZATION, GPE, NORP; this entity is DATE");
        assertThatThrownBy(() -> fill(attack, "Victim", find("Israel"), "ana"))
                .hasMessageContaining("ATTACK has no role \"Victim\"");
        assertThatThrownBy(() -> eventDecisions.create(document, new Span(10, 18), "RIOT", "ana").event())
                .hasMessageContaining("\"RIOT\" is not an event type");
        assertThat(fresh(attack).getArguments()).isEmpty();
        assertThat(find("Monday").getStatus()).isEqualTo(AnnotationStatus.PENDING);
    }

    @Test
    void an_entity_of_another_document_or_a_rejected_one_cannot_fill_a_role() {
        Document other = document("Israel again.");
        annotations.storeAnnotations(other.getId(), List.of(new EntityDraft(null, new Span(0, 6), "GPE",
                ReviewState.pending(), Origin.engine("test", "1", 0.9), null, null)), List.of(), "engine");
        EntityMention elsewhere = annotations.findEntities(other.getId(), Layers.BASE).getFirst();
        assertThatThrownBy(() -> fill(attack, "Target", elsewhere, "ana"))
                .hasMessageContaining("entity of the event's own document");

        EntityMention israel = find("Israel");
        annotations.rejectEntity(israel.getId(), israel.getVersion(), "ana");
        assertThatThrownBy(() -> fill(attack, "Target", find("Israel"), "ana"))
                .hasMessageContaining("was rejected");
        assertThat(fresh(attack).getArguments()).isEmpty();
    }

    @Test
    void an_edit_based_on_an_outdated_card_is_refused() {
        Event seenByAna = fresh(attack);
        fill(seenByAna, "Attacker", find("Hezbollah"), "ana");   // Ana in another tab, first

        assertThatThrownBy(() -> fill(seenByAna, "Target", find("Israel"), "ana"))
                .isInstanceOf(StaleAnnotationException.class);
        assertThat(fresh(attack).getArguments()).hasSize(1);
    }

    @Test
    void undoing_a_retype_brings_back_type_status_and_the_same_arguments_and_every_step_is_in_the_history() {
        Event filled = fill(fresh(attack), "Attacker", find("Hezbollah"), "ana");
        filled = fill(filled, "Target", find("Israel"), "ana");
        List<Long> argumentIds = filled.getArguments().stream().map(a -> a.getId()).toList();
        ReviewChange retyped = eventDecisions.retype(document, versioned(filled), "KILL", "ana");
        assertThat(retyped.event().getArguments()).isEmpty();   // KILL has neither Attacker nor Target

        Event restored = history.undo(retyped.step(), "ana").event();

        assertThat(restored.getType()).isEqualTo("ATTACK");
        assertThat(restored.getArguments()).extracting(a -> a.getRole() + "=" + a.getEntity().getId())
                .containsExactlyInAnyOrder("Attacker=" + find("Hezbollah").getId(), "Target=" + find("Israel").getId());
        assertThat(restored.getArguments()).extracting(a -> a.getId()).containsExactlyElementsOf(argumentIds);
        assertThat(decisionLog.historyOf(Decision.TargetKind.EVENT, attack.getId())).extracting(Decision::getAction)
                .containsExactly(Decision.Action.CREATE, Decision.Action.ADD_ARGUMENT, Decision.Action.ADD_ARGUMENT,
                        Decision.Action.RELABEL, Decision.Action.RESTORE);
        assertThat(find("Hezbollah").getStatus()).as("filling a role confirmed the entity")
                .isEqualTo(AnnotationStatus.ACCEPTED);
    }

    @Test
    void a_retype_gives_the_event_the_cameo_code_of_its_new_type() {
        Event threat = eventDecisions.retype(document, versioned(fresh(attack)), "THREATEN", "ana").event();

        assertThat(threat.getAttributesJson()).containsEntry("cameo", "\"13\"");
    }

    private Event fill(Event event, String role, EntityMention entity, String analyst) {
        return eventDecisions.fill(document, versioned(event), role, null, entity.getId(), analyst).event();
    }

    private static VersionedId versioned(Event event) {
        return new VersionedId(event.getId(), event.getVersion());
    }

    private Event fresh(Event event) {
        return events.findEvent(event.getId()).orElseThrow();
    }

    private EntityMention find(String covered) {
        return annotations.findEntities(document.getId(), "ana").stream()
                .filter(m -> TEXT.substring(m.getSpan().start(), m.getSpan().end()).equals(covered))
                .findFirst().orElseThrow();
    }

    private Document document(String text) {
        String id = "rules-" + System.nanoTime();
        return documents.addDocument(new Document(id, "Rules", text, id, Instant.now()));
    }

    private static EntityDraft entity(String covered, String label) {
        int start = TEXT.indexOf(covered);
        return new EntityDraft(null, new Span(start, start + covered.length()), label, ReviewState.pending(),
                Origin.engine("test", "1", 0.9), null, null);
    }
}
