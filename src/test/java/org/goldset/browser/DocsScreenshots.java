package org.goldset.browser;

import java.util.List;
import com.microsoft.playwright.Page;
import org.goldset.AsAdministrator;
import org.goldset.TestDatabase;
import org.goldset.corpus.Document;
import org.goldset.corpus.DocumentStatus;
import org.goldset.corpus.DocumentService;
import org.goldset.importing.CorpusImporter;
import org.goldset.suggestion.SuggestionRunner;
import org.goldset.TestUsers;
import org.goldset.user.UserAccounts;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Takes the README's screenshots (documents list, event cards) on the seeds with every engine's suggestions.
 * Not a test of behaviour, so not part of the build:
 * {@code ./mvnw test -Dgroups=screenshots -DexcludedGroups= -Dtest=DocsScreenshots}, then copy
 * target/screenshots/{documents,events}.png to docs/screenshots/.
 */
@Tag("screenshots")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.productionMode=true")
@AsAdministrator
class DocsScreenshots {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @Autowired
    org.goldset.assignment.Assignments assignments;
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

    @Test
    void documents_list_and_export_dialog() {
        seedsWithSuggestions();
        try (Chromium chromium = new Chromium()) {
            Page page = chromium.newPageAs("http://127.0.0.1:" + port, TestUsers.admin(users));
            page.navigate("http://127.0.0.1:" + port + "/");
            page.waitForSelector("vaadin-grid-cell-content:has-text('Iran’s IRGC Hits Back')");
            page.waitForTimeout(500);
            Chromium.screenshot(page, "documents");
            page.locator("vaadin-button:has-text('Export')").click();
            page.locator("vaadin-button:has-text('Download')").waitFor();
            page.waitForTimeout(1000);
            Chromium.screenshot(page, "export");
        }
    }

    @Test
    void event_cards_on_a_seed() {
        seedsWithSuggestions();
        Document article = documents.findByExternalId("003_6c5c9a936ca936b8").orElseThrow();
        try (Chromium chromium = new Chromium()) {
            Page page = chromium.newPageAs("http://127.0.0.1:" + port, TestUsers.admin(users));
            page.navigate("http://127.0.0.1:" + port + "/review/" + article.getId());
            page.waitForSelector("goldset-annotated-text mark.gs-span");
            page.keyboard().press("e");
            page.locator(".gs-event-card.gs-current").waitFor();
            page.keyboard().press("j");
            page.keyboard().press("ArrowRight");
            page.waitForTimeout(500);
            Chromium.screenshot(page, "events");
            page.keyboard().press("?");
            page.locator(".goldset-keys").first().waitFor();
            page.waitForTimeout(500);
            Chromium.screenshot(page, "keys");
        }
    }

    /** The two screens at the two window sizes analysts use: 1440×900 and 1024×768. */
    @Test
    void both_screens_at_1440_and_1024() {
        seedsWithSuggestions();
        Document article = documents.findByExternalId("000_58c3ede30341f408").orElseThrow();
        try (Chromium chromium = new Chromium()) {
            for (int[] size : new int[][] {{1440, 900}, {1024, 768}}) {
                TestUsers.ensure(users, "bo", org.goldset.user.Role.ANALYST);
                Page login = chromium.newPage(size[0], size[1]);
                login.navigate("http://127.0.0.1:" + port + "/login");
                login.waitForSelector("vaadin-login-form");
                Chromium.screenshot(login, "layout-login-" + size[0]);
                login.close();
                Page page = chromium.newPageAs("http://127.0.0.1:" + port, TestUsers.admin(users), size[0], size[1]);
                page.navigate("http://127.0.0.1:" + port + "/users");
                page.waitForSelector("vaadin-grid-cell-content:has-text('bo')");
                page.waitForTimeout(300);
                Chromium.screenshot(page, "layout-users-" + size[0]);
                page.locator("vaadin-button:has-text('Add user')").dispatchEvent("click");
                page.waitForSelector("vaadin-select");
                page.waitForTimeout(500);
                Chromium.screenshot(page, "layout-add-user-" + size[0]);
                page.keyboard().press("Escape");
                page.navigate("http://127.0.0.1:" + port + "/");
                page.waitForSelector("vaadin-grid-cell-content:has-text('Iran’s IRGC Hits Back')");
                page.waitForTimeout(500);
                Chromium.screenshot(page, "layout-documents-" + size[0]);
                page.locator("vaadin-grid vaadin-checkbox").nth(1).click();
                page.locator("vaadin-grid vaadin-checkbox").nth(2).click();
                page.locator("vaadin-button:has-text('Plan')").click();
                page.waitForSelector("vaadin-integer-field");
                page.waitForTimeout(500);
                Chromium.screenshot(page, "layout-plan-" + size[0]);
                page.keyboard().press("Escape");
                page.fill("#documents-search input", "Soleimani");
                page.evaluate("() => document.getElementById('documents-label').opened = true");
                page.locator("vaadin-select-item:visible", new Page.LocatorOptions().setHasText("PERSON")).first().click();
                page.waitForSelector(".goldset-snippet mark");
                page.waitForTimeout(500);
                Chromium.screenshot(page, "layout-documents-searched-" + size[0]);
                page.navigate("http://127.0.0.1:" + port + "/review/" + article.getId());
                page.waitForSelector("goldset-annotated-text mark.gs-span");
                page.keyboard().press("j");
                page.keyboard().press("j");
                page.waitForTimeout(500);
                Chromium.screenshot(page, "layout-review-" + size[0]);
                page.keyboard().press("i");
                page.locator("text=Story of").first().waitFor();
                page.waitForTimeout(400);
                Chromium.screenshot(page, "layout-story-" + size[0]);
                page.keyboard().press("Escape");
                page.locator("text=Story of").first().waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                        .setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));
                page.waitForTimeout(300);                          // the screen's keys come back
                page.keyboard().press("e");
                page.locator(".gs-event-card.gs-current").waitFor();
                for (int i = 0; i < 8; i++) {
                    page.keyboard().press("j");
                }
                page.waitForTimeout(600);
                Chromium.screenshot(page, "layout-events-" + size[0]);
                page.context().close();

                // An analyst's list: their queue only, with their progress.
                List<Long> two = documents.findDocumentIdsAfter(0, List.of(DocumentStatus.values()), 2);
                TestUsers.asAdministrator(() -> assignments.assign(two, List.of("bo")));
                Page analyst = chromium.newPageAs("http://127.0.0.1:" + port, "bo", size[0], size[1]);
                analyst.waitForSelector("vaadin-grid-cell-content:has-text('assigned, not started')");
                analyst.waitForTimeout(400);
                Chromium.screenshot(analyst, "layout-analyst-documents-" + size[0]);
                analyst.context().close();
            }
        }
    }

    private void seedsWithSuggestions() {
        if (documents.findByExternalId("003_6c5c9a936ca936b8").isEmpty()) {
            importer.importPaths(List.of(TestDatabase.seeds()), CorpusImporter.ImportProgress.NONE);
            suggestions.suggestAll(progress -> { });
        }
    }
}
