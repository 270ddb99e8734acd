package org.goldset.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import com.microsoft.playwright.Page;
import org.goldset.TestDatabase;
import org.goldset.TestUsers;
import org.goldset.user.Role;
import org.goldset.user.UserAccount;
import org.goldset.user.UserAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A fresh database has no users: the first visit from this machine creates the administrator in one
 * form and lands on the documents list logged in; a page reached through another host name (as a
 * DNS-rebinding page reaches 127.0.0.1) is not offered the form.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FirstStartInBrowserTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts users;

    @Test
    void the_first_visit_creates_the_administrator_and_logs_them_in() {
        // Another site whose name resolves to this machine (DNS rebinding) is refused outright.
        try (Chromium rebinding = new Chromium(List.of("--host-resolver-rules=MAP evil.example 127.0.0.1"))) {
            Page page = rebinding.newPage(1440, 900);
            page.navigate("http://evil.example:" + port + "/");
            assertThat(page.textContent("body")).contains("Goldset does not serve the host name evil.example");
            assertThat(page.locator("vaadin-password-field").count()).isZero();
        }
        assertThat(users.noUsersYet()).isTrue();

        try (Chromium chromium = new Chromium()) {
            Page page = chromium.newPage(1440, 900);
            page.navigate("http://localhost:" + port + "/review/1");
            page.waitForSelector("h2:has-text('Create the administrator')");
            Chromium.screenshot(page, "first-start");
            page.fill("vaadin-text-field input", "Ana.K");
            page.fill("vaadin-password-field:has(label:has-text('Password')) input", "short");
            page.fill("vaadin-password-field:has(label:has-text('again')) input", "short");
            page.click("vaadin-button:has-text('Create and log in')");
            page.waitForSelector(".goldset-form-problem:has-text('at least 12 characters')");
            assertThat(users.noUsersYet()).isTrue();

            page.fill("vaadin-password-field:has(label:has-text('Password')) input", TestUsers.PASSWORD);
            page.fill("vaadin-password-field:has(label:has-text('again')) input", TestUsers.PASSWORD);
            page.click("vaadin-button:has-text('Create and log in')");
            page.waitForSelector(".goldset-user-name:has-text('Ana.K')");
            page.waitForSelector("h2:has-text('Documents')");
            assertThat(page.locator("vaadin-side-nav-item:has-text('Users')").count()).isEqualTo(1);
        }
        List<UserAccount> everyone = TestUsers.asAdministrator(users::list);
        assertThat(everyone).extracting(UserAccount::name, UserAccount::role).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Ana.K", Role.ADMIN));

        // From now on the form is gone: the setup address leads to the login.
        try (Chromium chromium = new Chromium()) {
            Page page = chromium.newPage(1440, 900);
            page.navigate("http://localhost:" + port + "/setup");
            page.waitForSelector("vaadin-login-form");
            assertThat(page.url()).endsWith("/login");
        }
    }
}
