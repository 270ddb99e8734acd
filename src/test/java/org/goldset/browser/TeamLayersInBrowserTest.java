package org.goldset.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import com.microsoft.playwright.Page;
import org.goldset.AsAdministrator;
import org.goldset.TestDatabase;
import org.goldset.TestUsers;
import org.goldset.annotation.AnnotationStatus;
import org.goldset.annotation.EntityDraft;
import org.goldset.annotation.EntityMention;
import org.goldset.annotation.EntityService;
import org.goldset.annotation.Layers;
import org.goldset.annotation.Origin;
import org.goldset.annotation.ReviewState;
import org.goldset.corpus.Document;
import org.goldset.corpus.DocumentService;
import org.goldset.corpus.DocumentStatus;
import org.goldset.text.Span;
import org.goldset.user.Role;
import org.goldset.user.UserAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A curator asks for two analysts on an article; two analysts get it from "Review next" in their
 * own browser sessions, each decides in a layer of their own, and neither sees the other's decisions,
 * on the article, in the list's counts or in the database; a third cannot open it. Finishing both
 * moves the article to curation (decision 017).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AsAdministrator
class TeamLayersInBrowserTest {

    static final String TEXT = "Hezbollah fired rockets at Metula on Tuesday, Israel said.";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts users;
    @Autowired
    DocumentService documents;
    @Autowired
    EntityService entities;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void two_analysts_never_see_each_others_decisions_and_finishing_both_moves_the_document_to_curation() {
        jdbc.update("DELETE FROM document"); // the list shows this article alone
        Document document = documents.addDocument(new Document("team-1", "Rockets on Metula", TEXT, "team-1",
                Instant.now()));
        entities.storeAnnotations(document.getId(), List.of(suggestion("Hezbollah", "ORGANIZATION"),
                suggestion("Metula", "GPE"), suggestion("Tuesday", "DATE")), List.of(), "engine");
        for (String analyst : List.of("bo", "cy", "dy")) {
            TestUsers.ensure(users, analyst, Role.ANALYST);
        }

        try (Chromium chromium = new Chromium()) {
            // The curator asks for two analysts on the article, from the documents list.
            Page ana = chromium.newPageAs(base(), TestUsers.admin(users), 1440, 900);
            ana.navigate(base() + "/");
            ana.waitForSelector("vaadin-grid-cell-content:has-text('Rockets on Metula')");
            ana.locator("vaadin-grid vaadin-checkbox").nth(1).click();
            ana.locator("vaadin-button:has-text('Plan')").click();
            ana.locator("vaadin-integer-field input").fill("2");
            Chromium.screenshot(ana, "team-plan-dialog");
            ana.locator("vaadin-button:has-text('Apply')").click();
            waitUntil(ana, () -> annotatorsNeeded(document) == 2);
            waitUntil(ana, () -> rowCounts(ana, "In review|New").getFirst().equals("2 open"));

            // Two analysts press "Review next" in their own sessions and get the same article.
            Page bo = chromium.newPageAs(base(), "bo", 1440, 900);
            Page cy = chromium.newPageAs(base(), "cy", 1440, 900);
            for (Page analyst : List.of(bo, cy)) {
                analyst.waitForSelector("vaadin-button:has-text('Review next')").click();
                analyst.waitForSelector("goldset-annotated-text mark.gs-span");
                assertThat(analyst.url()).endsWith("/review/" + document.getId());
            }

            decide(bo, "Metula", "a");
            waitUntil(bo, () -> mark(bo, "Metula").contains("gs-accepted"));
            decide(cy, "Tuesday", "r");
            waitUntil(cy, () -> status("cy", document, "Tuesday") == AnnotationStatus.REJECTED);

            // Each one's article, reloaded, shows only their own decisions.
            open(bo, document);
            assertThat(mark(bo, "Metula")).contains("gs-accepted");
            assertThat(mark(bo, "Tuesday")).contains("gs-pending");
            open(cy, document);
            assertThat(mark(cy, "Metula")).contains("gs-pending");
            assertThat(mark(cy, "Tuesday")).isEmpty(); // rejected marks are hidden
            Chromium.screenshot(cy, "team-cy-article");

            assertThat(status("bo", document, "Metula")).isEqualTo(AnnotationStatus.ACCEPTED);
            assertThat(status("bo", document, "Tuesday")).isEqualTo(AnnotationStatus.PENDING);
            assertThat(status("cy", document, "Metula")).isEqualTo(AnnotationStatus.PENDING);
            assertThat(status(Layers.BASE, document, "Metula")).isEqualTo(AnnotationStatus.PENDING);

            // The curator sees who works on it; an analyst sees their queue and only their own progress.
            ana.navigate(base() + "/");
            ana.waitForSelector("vaadin-grid-cell-content:has-text('Rockets on Metula')");
            assertThat(rowCounts(ana, "In review")).isEqualTo(List.of("bo ✎, cy ✎", "3", "0", "0"));
            cy.navigate(base() + "/");
            cy.waitForSelector("vaadin-grid-cell-content:has-text('Rockets on Metula')");
            assertThat(rowCounts(cy, "In review")).isEqualTo(List.of("in progress", "2", "0", "1"));
            assertThat(cy.locator("vaadin-grid-cell-content:has-text('Annotators')").count()).isZero();
            assertThat(cy.locator(".goldset-corpus-summary").textContent()).contains("Your queue: 0 to start · 1 in progress");
            Chromium.screenshot(cy, "team-cy-documents");

            // An analyst the article was not handed to cannot open it.
            Page dy = chromium.newPageAs(base(), "dy", 1440, 900);
            dy.navigate(base() + "/review/" + document.getId());
            dy.waitForSelector("h2:has-text('Not in your queue')");
            assertThat(dy.locator("goldset-annotated-text").count()).isZero();

            // Bo finishes: the article waits for one more analyst. Cy finishes: it goes to curation.
            finish(bo, document);
            bo.waitForSelector("vaadin-notification-card:has-text('waits for 1 more analyst')");
            waitUntil(bo, () -> layerState("bo", document).equals("DONE"));
            assertThat(documents.findDocument(document.getId()).orElseThrow().getStatus()).isEqualTo(DocumentStatus.IN_REVIEW);
            finish(cy, document);
            cy.waitForSelector("vaadin-notification-card:has-text('goes to curation')");
            waitUntil(cy, () -> documents.findDocument(document.getId()).orElseThrow().getStatus() == DocumentStatus.CURATING);
            // Curation starts: the gold is built from bo's and cy's layers for a curator (decision 019).
            assertThat(jdbc.queryForObject("SELECT count(*) FROM curation WHERE document_id = ?", Integer.class,
                    document.getId())).isOne();

            ana.navigate(base() + "/");
            ana.waitForSelector("vaadin-grid-cell-content:has-text('Curating')");
            assertThat(rowCounts(ana, "Curating").getFirst()).isEqualTo("bo ✓, cy ✓");
            assertThat(ana.locator(".goldset-corpus-summary").textContent()).contains("1 curating");
            Chromium.screenshot(ana, "team-curator-documents");
        }
    }

    @Test
    void the_same_analyst_in_two_windows_gets_the_conflict_message_and_the_first_decision_stays() {
        jdbc.update("DELETE FROM document");
        Document document = documents.addDocument(new Document("team-2", "Rockets again", TEXT, "team-2", Instant.now()));
        entities.storeAnnotations(document.getId(), List.of(suggestion("Metula", "GPE")), List.of(), "engine");
        try (Chromium chromium = new Chromium()) {
            Page first = chromium.newPageAs(base(), TestUsers.admin(users), 1440, 900);
            Page second = chromium.newPageAs(base(), TestUsers.admin(users), 1440, 900);
            open(first, document);
            open(second, document);

            decide(first, "Metula", "a");
            waitUntil(first, () -> status("ana", document, "Metula") == AnnotationStatus.ACCEPTED);
            decide(second, "Metula", "r");

            second.waitForSelector("vaadin-notification-card:has-text('was changed by someone else since you loaded it')");
            assertThat(status("ana", document, "Metula")).isEqualTo(AnnotationStatus.ACCEPTED);
            // The window that lost shows the stored state again, not its own stale one.
            second.waitForSelector("goldset-annotated-text mark.gs-accepted:has-text('Metula')");
        }
    }

    private void finish(Page page, Document document) {
        open(page, document);
        page.keyboard().press("Shift+D");
        page.locator("vaadin-button:has-text('Done anyway')").first().click();
    }

    private int annotatorsNeeded(Document document) {
        return jdbc.queryForObject("SELECT annotators_needed FROM document WHERE id = ?", Integer.class, document.getId());
    }

    private String layerState(String analyst, Document document) {
        return jdbc.queryForList("SELECT state FROM layer_state WHERE document_id = ? AND layer = ?", String.class,
                document.getId(), analyst).stream().findFirst().orElse("");
    }

    private void open(Page page, Document document) {
        page.navigate(base() + "/review/" + document.getId());
        page.waitForSelector("goldset-annotated-text mark.gs-span");
    }

    private static void decide(Page page, String covered, String key) {
        page.locator("goldset-annotated-text mark.gs-span:has-text('" + covered + "')").first().click();
        page.keyboard().press(key);
    }

    private static String mark(Page page, String covered) {
        var marks = page.locator("goldset-annotated-text mark.gs-span:has-text('" + covered + "')");
        return marks.count() == 0 ? "" : String.valueOf(marks.first().getAttribute("class"));
    }

    /** The annotators cell, then the pending, accepted and rejected counts of the list's one row. */
    private static List<String> rowCounts(Page page, String statusPattern) {
        page.waitForTimeout(300);
        List<String> cells = page.locator("vaadin-grid-cell-content").allTextContents().stream().map(String::strip).toList();
        int status = java.util.stream.IntStream.range(0, cells.size()).filter(i -> cells.get(i).matches(statusPattern))
                .findFirst().orElseThrow();
        return cells.subList(status + 1, status + 5);
    }

    private AnnotationStatus status(String layer, Document document, String covered) {
        int start = TEXT.indexOf(covered);
        return entities.findEntities(document.getId(), layer).stream()
                .filter(mention -> mention.getSpan().equals(new Span(start, start + covered.length())))
                .map(EntityMention::getStatus).findFirst().orElseThrow();
    }

    private static void waitUntil(Page page, BooleanSupplier condition) {
        for (int i = 0; i < 100 && !condition.getAsBoolean(); i++) {
            page.waitForTimeout(100);
        }
        assertThat(condition.getAsBoolean()).as("condition reached within 10 s").isTrue();
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    private static EntityDraft suggestion(String covered, String label) {
        int start = TEXT.indexOf(covered);
        return new EntityDraft(null, new Span(start, start + covered.length()), label, ReviewState.pending(),
                Origin.engine("test", "1", 0.9), null, null);
    }
}
