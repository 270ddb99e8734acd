package org.goldset.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import com.microsoft.playwright.Page;
import org.goldset.AsAdministrator;
import org.goldset.TestDatabase;
import org.goldset.TestUsers;
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
 * An analyst makes a personal API token in the browser, sees it once, uses it from a script, sees
 * when it was last used, and revokes it: the script is refused from then on.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "goldset.suggestion.engines=gazetteer")
@AsAdministrator
class ApiTokensInBrowserTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts users;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_token_made_in_the_browser_works_until_it_is_revoked_there() throws Exception {
        TestUsers.ensure(users, "bo", Role.ANALYST);
        String base = "http://127.0.0.1:" + port;
        try (Chromium chromium = new Chromium()) {
            Page page = chromium.newPageAs(base, "bo", 1440, 900);
            page.click("vaadin-button:has-text('API tokens')");
            page.waitForSelector("vaadin-dialog-overlay[opened]");
            page.fill("vaadin-text-field:has-text('What will use it') input", "nightly export");
            page.click("vaadin-button:has-text('Make token')");
            page.waitForSelector("vaadin-text-field.goldset-new-token:not([hidden])");
            String token = page.inputValue("vaadin-text-field.goldset-new-token input");
            assertThat(token).startsWith("gs_");
            assertThat(page.locator("vaadin-grid-cell-content:has-text('nightly export')").count()).isEqualTo(1);
            page.waitForSelector("vaadin-dialog-overlay[opened]:not([opening])");
            Chromium.screenshot(page, "api-tokens");

            // Only its hash is stored, under bo's name.
            assertThat(jdbc.queryForList("SELECT t.token_hash FROM api_token t JOIN app_user u ON u.id = t.user_id"
                    + " WHERE u.name = 'bo'", String.class)).hasSize(1).doesNotContain(token);

            assertThat(call(base, token)).isEqualTo(200);
            page.click("vaadin-button:has-text('Revoke')");
            page.waitForSelector("vaadin-grid-cell-content:has-text('revoked')");
            assertThat(call(base, token)).isEqualTo(401);
            assertThat(jdbc.queryForObject("SELECT count(*) FROM api_token WHERE revoked_at IS NOT NULL",
                    Integer.class)).isEqualTo(1);

            Page small = chromium.newPageAs(base, "bo", 1024, 768);
            small.click("vaadin-button:has-text('API tokens')");
            small.waitForSelector("vaadin-grid-cell-content:has-text('revoked')");
            small.waitForSelector("vaadin-dialog-overlay[opened]:not([opening])");
            Chromium.screenshot(small, "api-tokens-1024");
        }
    }

    private static int call(String base, String token) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/api/v1/documents"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
