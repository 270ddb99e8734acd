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
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Two analysts review the same article in two browser sessions: each sees the suggestions, decides
 * in a layer of their own, and neither sees the other's decisions, on the article, in the list's
 * counts or in the database. Finishing makes the finisher's layer the gold.
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

    @Test
    void two_analysts_never_see_each_others_decisions_and_finishing_makes_the_gold() {
        Document document = documents.addDocument(new Document("team-1", "Rockets on Metula", TEXT, "team-1",
                Instant.now()));
        entities.storeAnnotations(document.getId(), List.of(suggestion("Hezbollah", "ORGANIZATION"),
                suggestion("Metula", "GPE"), suggestion("Tuesday", "DATE")), List.of(), "engine");
        TestUsers.ensure(users, "bo", Role.ANALYST);

        try (Chromium chromium = new Chromium()) {
            Page ana = chromium.newPageAs(base(), TestUsers.admin(users), 1440, 900);
            Page bo = chromium.newPageAs(base(), "bo", 1440, 900);
            open(ana, document);
            open(bo, document);

            decide(ana, "Metula", "a");
            waitUntil(ana, () -> mark(ana, "Metula").contains("gs-accepted"));
            decide(bo, "Tuesday", "r");
            waitUntil(bo, () -> status("bo", document, "Tuesday") == AnnotationStatus.REJECTED);

            // Each one's article, reloaded, shows only their own decisions.
            open(ana, document);
            assertThat(mark(ana, "Metula")).contains("gs-accepted");
            assertThat(mark(ana, "Tuesday")).contains("gs-pending");
            open(bo, document);
            assertThat(mark(bo, "Metula")).contains("gs-pending");
            assertThat(mark(bo, "Tuesday")).isEmpty(); // rejected marks are hidden
            Chromium.screenshot(bo, "team-bo-article");

            assertThat(status("ana", document, "Metula")).isEqualTo(AnnotationStatus.ACCEPTED);
            assertThat(status("ana", document, "Tuesday")).isEqualTo(AnnotationStatus.PENDING);
            assertThat(status("bo", document, "Metula")).isEqualTo(AnnotationStatus.PENDING);
            assertThat(status(Layers.BASE, document, "Metula")).isEqualTo(AnnotationStatus.PENDING);

            // The documents list counts the reader's own layer.
            ana.navigate(base() + "/");
            ana.waitForSelector("vaadin-grid-cell-content:has-text('Rockets on Metula')");
            // Ana administers, so she sees who works on it; Bo sees only his own progress.
            assertThat(rowCounts(ana)).isEqualTo(List.of("ana ✎, bo ✎", "2", "1", "0"));
            bo.navigate(base() + "/");
            bo.waitForSelector("vaadin-grid-cell-content:has-text('Rockets on Metula')");
            assertThat(rowCounts(bo)).isEqualTo(List.of("in progress", "2", "0", "1"));
            assertThat(bo.locator("vaadin-grid-cell-content:has-text('Annotators')").count()).isZero();
            Chromium.screenshot(bo, "team-bo-documents");

            // Ana finishes: her layer is the gold; Bo's layer is untouched.
            open(ana, document);
            ana.keyboard().press("Shift+D");
            ana.locator("vaadin-button:has-text('Done anyway')").first().click();
            waitUntil(ana, () -> documents.findDocument(document.getId()).orElseThrow().getStatus() == DocumentStatus.DONE);
            assertThat(entities.findEntities(document.getId(), Layers.GOLD)).extracting(m -> m.getStatus().name())
                    .containsExactly("PENDING", "ACCEPTED", "PENDING");
            assertThat(status("bo", document, "Tuesday")).isEqualTo(AnnotationStatus.REJECTED);
        }
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
    private static List<String> rowCounts(Page page) {
        page.waitForTimeout(300);
        List<String> cells = page.locator("vaadin-grid-cell-content").allTextContents().stream().map(String::strip).toList();
        int status = cells.indexOf("In review");
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
