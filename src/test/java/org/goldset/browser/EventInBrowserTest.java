package org.goldset.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import com.microsoft.playwright.Page;
import org.goldset.AsAdministrator;
import org.goldset.TestAnnotations;
import org.goldset.TestDatabase;
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
 * An analyst builds a complete event with three arguments from the keyboard alone, in a real
 * browser, on a seed article with real CoreNLP entity suggestions, and finds it in the gold export.
 * (Event suggestions are off, so the event is the analyst's own.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "goldset.suggestion.event-engines=")
@AsAdministrator
class EventInBrowserTest {

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

    @Test
    void an_event_with_three_arguments_is_built_from_the_keyboard_and_exported() {
        importer.importPaths(List.of(TestDatabase.seeds()), CorpusImporter.ImportProgress.NONE);
        suggestions.suggestAll(progress -> { });
        Document article = documents.findByExternalId("001_ef82de6395b4c4e3").orElseThrow();

        try (Chromium chromium = new Chromium()) {
            Page page = chromium.newPageAs("http://127.0.0.1:" + port, TestUsers.admin(users));
            page.navigate("http://127.0.0.1:" + port + "/review/" + article.getId());
            page.waitForSelector("goldset-annotated-text mark.gs-span");

            page.keyboard().press("e");                                   // the Events tab
            page.locator("vaadin-tab[selected]:has-text('Events')").waitFor();
            page.keyboard().press("v");                                   // new event: its trigger word
            pick(page, ".goldset-trigger-search", "warning");
            page.locator("vaadin-button[data-event-type='THREATEN']").waitFor();
            page.keyboard().press("Shift+Digit3");                        // THREATEN
            page.locator(".gs-event-card.gs-current").waitFor();
            assertThat(page.locator("goldset-annotated-text .gs-trigger").first().textContent()).isEqualTo("warning");

            page.keyboard().press("g");
            page.locator("vaadin-button[data-role='Source']").waitFor();
            page.keyboard().press("1");
            page.locator(".goldset-entity-search input").waitFor();
            Chromium.screenshot(page, "event-fill-role");
            page.keyboard().press("Escape");                              // cancelled: nothing changes
            page.locator(".goldset-entity-search").waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                    .setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));

            fillRole(page, "1", "Soleimani");                             // Source
            fillRole(page, "2", "Trump");                                 // Target
            fillRole(page, "3", "Thursday");                              // Time
            page.locator(".gs-event-card.gs-current .gs-argument").nth(2).waitFor();
            // The article shows the event's arguments with their roles.
            page.locator("goldset-annotated-text sub.gs-role-tag").nth(2).waitFor();
            assertThat(page.locator("goldset-annotated-text sub.gs-role-tag").allTextContents())
                    .containsExactlyInAnyOrder("Source", "Target", "Time");
            Chromium.screenshot(page, "event-built-from-keyboard");

            page.keyboard().press("Shift+D");                             // done & next
            page.locator("vaadin-button:has-text('Done anyway')").waitFor(); // suggestions still pending
            page.waitForTimeout(400);                                      // the dialog's fade-in
            Chromium.screenshot(page, "finish-with-pending");
            page.keyboard().press("Enter");
            page.waitForURL("**/review/" + (article.getId() + 1));
        }
        assertThat(documents.findDocument(article.getId()).orElseThrow().getStatus()).isEqualTo(DocumentStatus.DONE);

        JsonNode gold = TestAnnotations.goldOfTheOneDoneDocument(exporter);
        Map<String, String> entityText = gold.get("entities").valueStream()
                .collect(Collectors.toMap(e -> e.get("id").stringValue(), e -> e.get("text").stringValue()));
        List<JsonNode> events = gold.get("events").valueStream().toList();
        assertThat(events).hasSize(1);
        JsonNode threat = events.getFirst();
        assertThat(threat.get("type").stringValue()).isEqualTo("THREATEN");
        assertThat(threat.get("trigger").get("text").stringValue()).isEqualTo("warning");
        assertThat(threat.get("arguments").valueStream()
                .map(a -> a.get("role").stringValue() + "=" + entityText.get(a.get("entity").stringValue())).toList())
                .containsExactlyInAnyOrder("Source=Qassem Soleimani", "Target=Trump", "Time=Thursday, July 26, 2018");
    }

    /** g, the role's number, then the entity typed into the search box and chosen with ↓ Enter. */
    private static void fillRole(Page page, String roleKey, String typed) {
        page.keyboard().press("g");
        page.locator("vaadin-button[data-role]").first().waitFor();
        page.keyboard().press(roleKey);
        pick(page, ".goldset-entity-search", typed);
    }

    private static void pick(Page page, String comboBox, String typed) {
        page.locator(comboBox + " input").waitFor();
        page.waitForFunction("s => document.activeElement && document.activeElement.closest(s)", comboBox);
        page.keyboard().type(typed);
        page.locator("vaadin-combo-box-item").first().waitFor();
        page.keyboard().press("ArrowDown");
        page.keyboard().press("Enter");
        page.locator(comboBox).waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));
    }

}
