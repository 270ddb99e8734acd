package org.goldset.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import com.microsoft.playwright.Page;
import org.goldset.AsAdministrator;
import org.goldset.TestDatabase;
import org.goldset.gold.FormatFixtures;
import org.goldset.importing.CorpusImporter;
import org.goldset.TestUsers;
import org.goldset.user.UserAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What the analyst sees of the documents list in Chromium: the rows the database pages in as the
 * grid scrolls, search snippets with their hits marked, titles holding markup shown as text.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AsAdministrator
class DocumentListInBrowserTest {

    private static final String HOSTILE_TITLE = "<img src=x onerror=\"window.pwned=1\"> <b>Bold</b> claims";

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

    @TempDir
    Path folder;

    @Test
    void the_list_pages_in_rows_and_marks_what_a_search_found_without_running_any_markup() throws Exception {
        List<String> lines = new ArrayList<>(FormatFixtures.lines());
        lines.add("{\"id\":\"hostile\",\"title\":\"" + HOSTILE_TITLE.replace("\"", "\\\"")
                + "\",\"text\":\"An <script>window.pwned=2</script> Erdogan rally.\"}");
        for (int i = 0; i < 400; i++) {
            lines.add("{\"id\":\"row-%03d\",\"title\":\"Row %03d\",\"text\":\"Filler %d\"}".formatted(i, i, i));
        }
        Path file = Files.write(folder.resolve("list.jsonl"), lines);
        importer.importPaths(List.of(file), CorpusImporter.ImportProgress.NONE);

        try (Chromium chromium = new Chromium()) {
            Page page = chromium.newPageAs("http://127.0.0.1:" + port, TestUsers.admin(users), 1440, 900);
            page.navigate("http://127.0.0.1:" + port + "/");
            page.waitForSelector("vaadin-grid-cell-content:has-text('Kyiv talks')");
            assertThat(page.textContent(".goldset-corpus-summary")).startsWith("403 documents");

            // The last rows exist only once the grid scrolls to them: the database sends that page.
            page.evaluate("() => document.querySelector('vaadin-grid').scrollToIndex(402)");
            page.waitForSelector("vaadin-grid-cell-content:has-text('Row 399')");

            page.fill("#documents-search input", "erdog");
            page.waitForSelector(".goldset-snippet mark");
            assertThat(page.textContent(".goldset-corpus-summary")).endsWith("· 2 shown");
            List<String> marked = page.locator(".goldset-snippet mark").allTextContents();
            assertThat(marked).containsExactlyInAnyOrder("Erdoğan", "Erdogan");
            assertThat(page.locator("vaadin-grid-cell-content:has-text('Bold</b> claims')").count()).isEqualTo(1);
            assertThat(page.locator(".goldset-snippet:has-text('<script>window.pwned=2</script>')").count()).isEqualTo(1);
            assertThat(page.evaluate("() => window.pwned === undefined")).isEqualTo(true);
            Chromium.screenshot(page, "documents-search");
        }
    }
}
