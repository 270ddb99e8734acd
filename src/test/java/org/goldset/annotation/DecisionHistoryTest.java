package org.goldset.annotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.goldset.TestDatabase;
import org.goldset.annotation.Layers;
import org.goldset.corpus.Document;
import org.goldset.corpus.DocumentService;
import org.goldset.corpus.DocumentStatus;
import org.goldset.corpus.StaleDocumentException;
import org.goldset.history.Decision;
import org.goldset.history.DecisionHistory;
import org.goldset.text.Span;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest
class DecisionHistoryTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @Autowired
    EntityService annotations;
    @Autowired
    DocumentService documents;
    @Autowired
    DecisionHistory decisionLog;
    @Autowired
    JdbcTemplate jdbc;

    Document document;
    EntityMention suggestion;

    @BeforeEach
    void oneDocumentWithOneSuggestion() {
        String externalId = "doc-" + System.nanoTime();
        document = documents.addDocument(new Document(externalId, "Title", "Soleimani met Nasrallah in Beirut.",
                externalId, Instant.parse("2026-11-01T00:00:00Z")));
        annotations.storeAnnotations(document.getId(), List.of(new EntityDraft("T1", new Span(0, 9), "PERSON",
                ReviewState.pending(), Origin.engine("corenlp-ner", "4.5.10", 0.91), null, null)), List.of(), "engine");
        suggestion = annotations.findEntities(document.getId(), Layers.BASE).getFirst();
    }

    @Test
    void accepting_a_suggestion_records_who_when_and_the_state_before_and_after() {
        EntityMention accepted = annotations.acceptEntity(suggestion.getId(), suggestion.getVersion(), "ana");

        assertThat(accepted.getStatus()).isEqualTo(AnnotationStatus.ACCEPTED);
        assertThat(accepted.getReview().getDecidedBy()).isEqualTo("ana");
        List<Decision> history = decisionLog.historyOf(Decision.TargetKind.ENTITY, suggestion.getId());
        assertThat(history).extracting(Decision::getAction).containsExactly(Decision.Action.CREATE, Decision.Action.ACCEPT);
        Decision accept = history.get(1);
        assertThat(accept.getActor()).isEqualTo("ana");
        assertThat(accept.getBeforeState()).contains("\"status\":\"PENDING\"");
        assertThat(accept.getAfterState()).contains("\"status\":\"ACCEPTED\"").contains("\"decided_by\":\"ana\"");
    }

    @Test
    void a_decision_on_a_stale_version_is_refused_and_changes_nothing() {
        annotations.rejectEntity(suggestion.getId(), suggestion.getVersion(), "ana");

        assertThatThrownBy(() -> annotations.acceptEntity(suggestion.getId(), suggestion.getVersion(), "ben"))
                .isInstanceOf(StaleAnnotationException.class)
                .hasMessageContaining("changed by someone else");
        assertThat(annotations.findEntities(document.getId(), Layers.BASE).getFirst().getStatus()).isEqualTo(AnnotationStatus.REJECTED);
        assertThat(decisionLog.historyOf(Decision.TargetKind.ENTITY, suggestion.getId())).hasSize(2);
    }

    @Test
    void document_status_changes_are_versioned_and_recorded() {
        Document inReview = documents.changeStatus(document.getId(), document.getVersion(), DocumentStatus.IN_REVIEW, "ana");
        documents.changeStatus(document.getId(), inReview.getVersion(), DocumentStatus.DONE, "ana");

        assertThatThrownBy(() -> documents.changeStatus(document.getId(), inReview.getVersion(), DocumentStatus.NEW, "ben"))
                .isInstanceOf(StaleDocumentException.class);
        assertThat(decisionLog.historyOf(Decision.TargetKind.DOCUMENT, document.getId()))
                .extracting(Decision::getAfterState)
                .containsExactly("{\"status\":\"IN_REVIEW\"}", "{\"status\":\"DONE\"}");
    }

    @Test
    void the_database_refuses_to_rewrite_history_or_a_document_text() {
        assertThatThrownBy(() -> jdbc.update("update decision set actor = 'mallory'"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from decision"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("update document set text = 'changed' where id = ?", document.getId()))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("never changes");
        if (TestDatabase.onPostgresql()) {
            // PostgreSQL's TRUNCATE skips row triggers: a statement trigger refuses it.
            assertThatThrownBy(() -> jdbc.execute("truncate decision"))
                    .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        }
        assertThat(jdbc.queryForObject("select count(*) from decision", Integer.class)).isPositive();
    }

    @Test
    void the_database_refuses_spans_that_end_before_they_start_and_unknown_statuses() {
        assertThatThrownBy(() -> jdbc.update("insert into entity_mention (document_id, start_offset, end_offset, label,"
                + " status, origin_kind, created_at) values (?, 5, 3, 'PERSON', 'ACCEPTED', 'MANUAL', 'now')", document.getId()))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.update("insert into entity_mention (document_id, start_offset, end_offset, label,"
                + " status, origin_kind, created_at) values (?, 1, 3, 'PERSON', 'MAYBE', 'MANUAL', 'now')", document.getId()))
                .isInstanceOf(DataAccessException.class);
    }
}
