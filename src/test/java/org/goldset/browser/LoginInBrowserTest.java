package org.goldset.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import com.microsoft.playwright.Page;
import org.goldset.AsAdministrator;
import org.goldset.TestDatabase;
import org.goldset.TestUsers;
import org.goldset.corpus.Document;
import org.goldset.corpus.DocumentService;
import org.goldset.gold.FormatFixtures;
import org.goldset.importing.CorpusImporter;
import org.goldset.user.Role;
import org.goldset.user.UserAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Logins in Chromium: anonymous visitors reach only the login view; a wrong password says so and
 * repeated ones lock the name; an analyst sees neither the users screen nor the curator's buttons;
 * a decision is recorded as the person logged in; logging out ends it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "goldset.suggestion.engines=gazetteer")
@AsAdministrator
class LoginInBrowserTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    org.goldset.assignment.Assignments assignments;
    @Autowired
    UserAccounts users;
    @Autowired
    CorpusImporter importer;
    @Autowired
    DocumentService documents;
    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    java.nio.file.Path folder;

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    @Test
    void anonymous_visitors_reach_only_the_login_view_and_wrong_passwords_are_refused_then_throttled() throws Exception {
        TestUsers.ensure(users, "ana", Role.ADMIN);
        TestUsers.ensure(users, "guesser-target", Role.ANALYST);
        try (Chromium chromium = new Chromium()) {
            Page page = chromium.newPage(1440, 900);
            for (String path : List.of("/", "/review/1", "/users", "/no-such-page")) {
                page.navigate(base() + path);
                page.waitForSelector("vaadin-login-form");
                assertThat(page.url()).as(path).endsWith("/login");
                assertThat(page.locator(".goldset-user-name").count()).isZero();
            }
            Chromium.screenshot(page, "login");

            for (int attempt = 1; attempt <= 5; attempt++) {
                tryLogin(page, "guesser-target", "not the password " + attempt);
                assertThat(errorMessage(page)).as("attempt " + attempt).isEqualTo("Wrong name or password.");
            }
            // Now even the right password is not checked while the lock lasts.
            tryLogin(page, "guesser-target", TestUsers.PASSWORD);
            assertThat(errorMessage(page)).startsWith("Too many wrong passwords. Try again in ");
            Chromium.screenshot(page, "login-throttled");
            assertThat(page.locator(".goldset-user-name").count()).isZero();
        }
    }

    @Test
    void an_analyst_sees_no_users_screen_nor_curator_buttons_and_decides_under_their_own_name() throws Exception {
        TestUsers.ensure(users, "bo", Role.ANALYST);
        java.nio.file.Path fixture = java.nio.file.Files.writeString(folder.resolve("f.jsonl"),
                String.join("\n", FormatFixtures.lines()) + "\n");
        importer.importPaths(List.of(fixture), CorpusImporter.ImportProgress.NONE);
        Document document = documents.findByExternalId("k1").orElseThrow();
        // An analyst opens only documents in their queue: a curator assigns this one.
        TestUsers.asAdministrator(() -> assignments.assign(List.of(document.getId()), List.of("bo")));

        try (Chromium chromium = new Chromium()) {
            Page page = chromium.newPageAs(base(), "bo", 1440, 900);
            assertThat(page.textContent(".goldset-user-name")).isEqualTo("bo");
            assertThat(page.locator("vaadin-button:has-text('Export…')").isVisible()).isFalse();
            assertThat(page.locator("vaadin-button:has-text('Run suggestions')").isVisible()).isFalse();
            assertThat(page.locator("vaadin-side-nav-item:has-text('Users')").count()).isZero();

            page.navigate(base() + "/users");
            page.waitForSelector(".goldset-user-name");
            assertThat(page.locator("vaadin-grid-cell-content:has-text('Can log in')").count()).isZero();
            assertThat(page.locator("h2:has-text('Users')").count()).isZero();

            page.navigate(base() + "/review/" + document.getId());
            page.waitForSelector("goldset-annotated-text mark.gs-span");
            page.click("goldset-annotated-text mark.gs-pending:has-text('Istanbul')");
            page.keyboard().press("a");
            page.waitForSelector("goldset-annotated-text mark.gs-accepted:has-text('Istanbul')");
            page.waitForCondition(() -> jdbc.queryForObject(
                    "SELECT count(*) FROM decision WHERE actor = 'bo' AND action = 'ACCEPT'", Integer.class) == 1);
            assertThat(jdbc.queryForObject("SELECT count(*) FROM entity_mention WHERE decided_by = 'bo'", Integer.class))
                    .isEqualTo(1);
            // The list says who decided on hovering the status; the story names the same person.
            waitForStatusTitle(page, "accepted by bo, ");
            page.keyboard().press("i");
            page.locator(".goldset-story-step:has-text('bo')").first().waitFor();
            Chromium.screenshot(page, "story-as-analyst");
            page.keyboard().press("Escape");

            // Logging out ends the session.
            page.locator("vaadin-button:has-text('Log out')").dispatchEvent("click");
            page.waitForSelector("vaadin-login-form");
            page.navigate(base() + "/review/" + document.getId());
            page.waitForSelector("vaadin-login-form");
            assertThat(page.url()).endsWith("/login");

            // A user disabled while logged in is out at their next request.
            Chromium.logIn(page, base(), "bo");
            TestUsers.asAdministrator(() -> users.disable("bo"));
            page.navigate(base() + "/review/" + document.getId());
            page.waitForSelector("vaadin-login-form");
            assertThat(page.url()).endsWith("/login");
        }
    }

    private static void tryLogin(Page page, String name, String password) {
        page.navigate(page.url().replaceFirst("/login.*", "/login"));
        page.fill("vaadin-login-form input[name=username]", name);
        page.fill("vaadin-login-form input[name=password]", password);
        page.locator("vaadin-login-form input[name=password]").press("Enter");
        page.waitForURL("**/login?error");
        page.waitForFunction("() => document.querySelector('vaadin-login-form')?.error === true");
    }

    private static String errorMessage(Page page) {
        return ((String) page.evaluate("() => document.querySelector('vaadin-login-form').i18n.errorMessage.message")).strip();
    }

    /**
     * Waits for a status cell of the list whose hover title starts with the text; when none comes,
     * fails saying what the list's status cells did hold (a screenshot is kept too), so a failure on
     * a loaded machine can be told apart from a wrong title.
     */
    private static void waitForStatusTitle(Page page, String prefix) {
        try {
            page.waitForSelector("vaadin-grid-cell-content span[class^='gs-status-'][title^='" + prefix + "']",
                    new Page.WaitForSelectorOptions()
                            .setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
        } catch (com.microsoft.playwright.TimeoutError e) {
            Chromium.screenshot(page, "status-title-missing");
            Object titles = page.evaluate("() => Array.from(document.querySelectorAll("
                    + "\"vaadin-grid-cell-content span[class^='gs-status-']\")).map(s => s.className + ': ' + s.title)");
            throw new AssertionError("No status cell titled '" + prefix + "…'; the list's status cells: " + titles, e);
        }
    }
}
