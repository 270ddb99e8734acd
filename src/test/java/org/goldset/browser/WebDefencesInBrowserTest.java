package org.goldset.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The web app's defences as a browser and an attacker meet them: the security headers on every page,
 * a foreign Host refused (DNS rebinding), bad addresses answered in words with no stack trace in
 * the log, and another process holding SQLite's write lock: the analyst keeps reading, is told a
 * decision was not saved, and decides again once the lock is gone, without a restart.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"goldset.suggestion.engines=gazetteer", "goldset.storage.busy-timeout=1s"})
@AsAdministrator
@ExtendWith(OutputCaptureExtension.class)
class WebDefencesInBrowserTest {

    private static Path databaseFile;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        databaseFile = TestDatabase.register(registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts users;
    @Autowired
    CorpusImporter importer;
    @Autowired
    DocumentService documents;
    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path folder;

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    @BeforeEach
    void oneArticle() throws Exception {
        jdbc.update("DELETE FROM document");
        TestUsers.ensure(users, "ana", Role.ADMIN);
        Path fixture = Files.writeString(folder.resolve("f.jsonl"), String.join("\n", FormatFixtures.lines()) + "\n");
        importer.importPaths(List.of(fixture), CorpusImporter.ImportProgress.NONE);
    }

    @Test
    void every_page_carries_the_security_headers_and_a_foreign_host_is_refused() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String path : List.of("/login", "/", "/no-such-page")) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base() + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path).get().asString()
                    .contains("default-src 'self'").contains("frame-ancestors 'none'");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
            response.headers().allValues("Set-Cookie").forEach(cookie ->
                    assertThat(cookie).as(path).contains("SameSite=Lax").contains("HttpOnly"));
        }

        assertThat(rawRequest("attacker.example")).startsWith("HTTP/1.1 400").contains("does not serve the host name "
                + "attacker.example");
        assertThat(rawRequest("attacker.example:" + port)).startsWith("HTTP/1.1 400");
        assertThat(rawRequest("localhost:" + port)).doesNotStartWith("HTTP/1.1 400");
        assertThat(rawRequest("127.0.0.1:" + port)).doesNotStartWith("HTTP/1.1 400");
    }

    @Test
    void bad_addresses_are_answered_in_words_with_no_stack_trace_in_the_log(CapturedOutput output) {
        try (Chromium chromium = new Chromium()) {
            Page page = chromium.newPageAs(base(), "ana", 1440, 900);
            for (String path : List.of("/review/abc", "/review/" + "9".repeat(5000), "/review/-5", "/curate/abc",
                    "/curate/" + "9".repeat(40))) {
                page.navigate(base() + path);
                page.waitForSelector("h2:has-text('Not found')");
                assertThat(page.textContent("body")).as(path).doesNotContain("Exception").doesNotContain("java.");
            }
        }
        assertThat(output.getAll()).doesNotContain("NumberFormatException").doesNotContain("\tat org.goldset")
                .doesNotContain("9".repeat(200));
    }

    @Test
    void while_another_process_holds_the_write_lock_the_analyst_reads_is_told_and_decides_again_afterwards()
            throws Exception {
        Document document = documents.findByExternalId("k1").orElseThrow();
        try (Chromium chromium = new Chromium()) {
            Page page = chromium.newPageAs(base(), "ana", 1440, 900);
            page.navigate(base() + "/review/" + document.getId());
            page.waitForSelector("goldset-annotated-text mark.gs-pending:has-text('Istanbul')");

            try (Connection otherProcess = DriverManager.getConnection("jdbc:sqlite:" + databaseFile);
                 Statement statement = otherProcess.createStatement()) {
                statement.execute("BEGIN IMMEDIATE");
                statement.execute("UPDATE document SET title = 'held' WHERE id = " + document.getId());

                page.click("goldset-annotated-text mark.gs-pending:has-text('Istanbul')");
                page.keyboard().press("a");
                page.waitForSelector("vaadin-notification-card:has-text('The database is busy')");
                Chromium.screenshot(page, "busy-database");
                page.setViewportSize(1024, 768);
                Chromium.screenshot(page, "busy-database-1024");
                page.setViewportSize(1440, 900);
                assertThat(page.locator("goldset-annotated-text mark.gs-pending:has-text('Istanbul')").count())
                        .isEqualTo(1);

                // Reading goes on: the documents list opens with its rows, and the document opens again.
                page.navigate(base() + "/");
                page.waitForSelector("vaadin-grid-cell-content:has-text('Kyiv talks')");
                page.navigate(base() + "/review/" + document.getId());
                page.waitForSelector("goldset-annotated-text mark.gs-pending:has-text('Istanbul')");
                assertThat(page.locator("h2:has-text('Something went wrong')").count()).isZero();
                statement.execute("ROLLBACK");
            }
            assertThat(jdbc.queryForObject("SELECT count(*) FROM decision WHERE action = 'ACCEPT'", Integer.class)).isZero();

            page.navigate(base() + "/review/" + document.getId());
            page.click("goldset-annotated-text mark.gs-pending:has-text('Istanbul')");
            page.keyboard().press("a");
            page.waitForSelector("goldset-annotated-text mark.gs-accepted:has-text('Istanbul')");
            page.waitForCondition(() -> jdbc.queryForObject(
                    "SELECT count(*) FROM decision WHERE action = 'ACCEPT'", Integer.class) == 1);
        }
    }

    /** A request with a Host header of our choosing (Java's HTTP client will not set that header). */
    private String rawRequest(String host) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET /login HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
