package org.goldset.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import com.microsoft.playwright.Download;
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

/** The export download over real HTTP: Chromium clicks Export…, picks brat and a scope, and saves the zip. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "goldset.suggestion.engines=learned,gazetteer,patterns")
@AsAdministrator
class ExportDownloadInBrowserTest {

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
    void the_export_dialog_downloads_a_brat_zip_of_the_chosen_scope() throws Exception {
        Path fixture = Files.writeString(folder.resolve("fixture.jsonl"), String.join("\n", FormatFixtures.lines()) + "\n");
        importer.importPaths(List.of(fixture), CorpusImporter.ImportProgress.NONE);

        try (Chromium chromium = new Chromium()) {
            Page page = chromium.newPageAs("http://127.0.0.1:" + port, TestUsers.admin(users));
            page.navigate("http://127.0.0.1:" + port + "/");
            // Synthetic clicks: Vaadin's dev-mode toolbar overlays the page and would catch mouse clicks.
            page.locator("vaadin-button:has-text('Export…')").dispatchEvent("click");
            page.locator("vaadin-select:has(label:has-text('Format'))").dispatchEvent("click");
            page.locator("vaadin-select-item:has-text('brat standoff')").dispatchEvent("click");
            page.locator("vaadin-checkbox:has-text('All documents') input").dispatchEvent("click");
            page.waitForCondition(() -> page.locator("vaadin-checkbox:has-text('All documents')").getAttribute("checked") != null);
            Chromium.screenshot(page, "export-dialog");
            Download download = page.waitForDownload(() -> page.locator("a[download]").dispatchEvent("click"));

            assertThat(download.suggestedFilename()).isEqualTo("goldset-brat.zip");
            assertThat(entries(download.path())).containsExactly("annotation.conf", "k1.txt", "k1.ann", "k2.txt", "k2.ann");
            // The dialog then says what the download holds, as the command line does.
            page.waitForCondition(() -> page.locator(".goldset-export-report").textContent().contains("Exported 2 document(s)"),
                    new Page.WaitForConditionOptions().setTimeout(10_000));
            Chromium.screenshot(page, "export-report");
        }
    }

    private static List<String> entries(Path zip) throws Exception {
        List<String> names = new ArrayList<>();
        try (InputStream file = Files.newInputStream(zip); ZipInputStream in = new ZipInputStream(file)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        return names;
    }
}
