package org.goldset.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.goldset.AsAdministrator;
import org.goldset.TestAnnotations;
import org.goldset.TestDatabase;
import org.goldset.annotation.AnnotationStatus;
import org.goldset.annotation.EntityMention;
import org.goldset.annotation.EntityService;
import org.goldset.corpus.Document;
import org.goldset.corpus.DocumentService;
import org.goldset.corpus.DocumentStatus;
import org.goldset.export.GoldExporter;
import org.goldset.importing.CorpusImporter;
import org.goldset.suggestion.SuggestionRunner;
import org.goldset.TestUsers;
import org.goldset.user.UserAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The main analyst path, as a new analyst would take it, keyboard first: open Goldset on the seeds,
 * open the next article, accept, reject, correct a label, add a missed entity by selecting it,
 * undo, mark the article done, and find every decision in the gold export.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "goldset.suggestion.engines=learned,gazetteer,patterns")
@AsAdministrator
class AnalystPathInBrowserTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @Autowired
    UserAccounts users;
    @LocalServerPort
    int port;
    @Autowired
    CorpusImporter importer;
    @Autowired
    SuggestionRunner suggestions;
    @Autowired
    DocumentService documents;
    @Autowired
    EntityService annotations;
    @Autowired
    GoldExporter exporter;
    @Autowired
    org.goldset.history.DecisionHistory decisionLog;

    @Test
    void triage_correct_add_undo_finish_and_export() {
        importer.importPaths(List.of(TestDatabase.seeds()), CorpusImporter.ImportProgress.NONE);
        suggestions.suggestAll(progress -> { });
        Document first = documents.findByExternalId("000_58c3ede30341f408").orElseThrow();

        try (Chromium chromium = new Chromium()) {
            Page page = chromium.newPageAs("http://127.0.0.1:" + port, TestUsers.admin(users));
            page.navigate("http://127.0.0.1:" + port + "/");
            page.waitForSelector("vaadin-grid-cell-content:has-text('Iran’s IRGC Hits Back')");
            page.keyboard().press("n");
            page.waitForSelector("goldset-annotated-text mark.gs-span");
            Chromium.screenshot(page, "analyst-path-opened");

            page.keyboard().press("j");          // first suggestion
            page.keyboard().press("a");          // accept → next pending
            page.keyboard().press("a");          // accept → next pending
            page.keyboard().press("r");          // reject → next pending
            page.keyboard().press("4");          // correct its label to LOCATION
            waitFor(() -> decided(first) == 4);

            Chromium.selectWord(page, "desperation");     // a word no engine suggested
            page.locator("vaadin-button[data-label='WEAPON']").waitFor(
                    new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
            page.keyboard().press("8");
            waitFor(() -> decided(first) == 5);
            // The screen has the answer (its keys are back once the picker's answer arrived).
            page.locator("goldset-annotated-text mark:has-text('desperation')").first().waitFor();
            page.keyboard().press("Control+z");  // undo the addition
            waitFor(() -> decided(first) == 4);
            Chromium.selectWord(page, "weakness");
            page.locator("vaadin-button[data-label='ORGANIZATION']").waitFor(
                    new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
            page.keyboard().press("2");
            waitFor(() -> decided(first) == 5);
            Chromium.screenshot(page, "analyst-path-decided");

            page.keyboard().press("Shift+D");
            page.locator("vaadin-button:has-text('Done anyway')").waitFor(); // suggestions still pending
            page.keyboard().press("Enter");
            waitFor(() -> documents.findDocument(first.getId()).orElseThrow().getStatus() == DocumentStatus.DONE);
            page.waitForURL("**/review/" + (first.getId() + 1));
        }

        // Every decision is in the history too, in order, by the analyst.
        assertThat(decisionLog.historyOfDocument(first.getId()).stream()
                .filter(d -> !"suggest".equals(d.getActor())).map(d -> d.getAction().name()).toList())
                .containsExactly("STATUS", "ACCEPT", "ACCEPT", "REJECT", "RELABEL", "CREATE", "DELETE", "CREATE", "STATUS");
        List<EntityMention> decided = annotations.findEntities(first.getId(), anasView(first.getId())).stream()
                .filter(m -> m.getStatus() != AnnotationStatus.PENDING).toList();
        JsonNode gold = TestAnnotations.goldOfTheOneDoneDocument(exporter);
        List<String> exported = gold.get("entities").valueStream()
                .map(e -> e.get("text").stringValue() + "/" + e.get("label").stringValue()).toList();
        assertThat(gold.get("id").stringValue()).isEqualTo("000_58c3ede30341f408");
        assertThat(exported).hasSize(4).contains("weakness/ORGANIZATION").doesNotContain("desperation/WEAPON");
        assertThat(decided).filteredOn(m -> m.getStatus() == AnnotationStatus.REJECTED).hasSize(1);
        assertThat(decided).filteredOn(m -> m.getStatus() == AnnotationStatus.ACCEPTED)
                .extracting(EntityMention::getLabel).contains("LOCATION", "ORGANIZATION");
        assertThat(decided).allSatisfy(m -> assertThat(m.getReview().getDecidedAt()).isNotNull());
    }

    private long decided(Document document) {
        return annotations.findEntities(document.getId(), anasView(document.getId())).stream()
                .filter(m -> m.getStatus() != AnnotationStatus.PENDING).count();
    }


    private static void waitFor(java.util.function.BooleanSupplier condition) {
        for (int i = 0; i < 100 && !condition.getAsBoolean(); i++) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        assertThat(condition.getAsBoolean()).as("reached within 10 s").isTrue();
    }

    @Autowired
    org.goldset.annotation.AnnotationLayers anasLayers;

    /** What Ana sees of the document: her own layer once she has opened it, the shared suggestions before. */
    private String anasView(long documentId) {
        return anasLayers.state(documentId, "ana") == org.goldset.annotation.AnnotationLayers.State.NEW
                ? org.goldset.annotation.Layers.BASE : "ana";
    }
}
