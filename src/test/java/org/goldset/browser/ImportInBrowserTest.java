package org.goldset.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import com.microsoft.playwright.Page;
import org.goldset.AsAdministrator;
import org.goldset.TestDatabase;
import org.goldset.TestUsers;
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
 * A curator imports a folder's zip in the browser and sees its articles in the list; a zip with a
 * name that climbs out of its folder is refused whole, with the problem listed; an analyst has no
 * import button.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "goldset.suggestion.engines=gazetteer")
@AsAdministrator
class ImportInBrowserTest {

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
    @TempDir
    Path folder;

    @Test
    void a_folders_zip_goes_in_and_a_zip_that_climbs_out_is_refused_whole() throws Exception {
        TestUsers.ensure(users, "cleo", Role.CURATOR);
        TestUsers.ensure(users, "bo", Role.ANALYST);
        Path good = zip("reports.zip", "reports/doha.txt", "Ceasefire talks resume in Doha 🕊️\nNegotiators met on Monday.",
                "reports/kherson.txt", "Drone strike near Kherson\nTwo people were killed.");
        Path evil = zip("evil.zip", "ok.txt", "A fine article.", "../outside.txt", "Climbing out of the folder.");
        String base = "http://127.0.0.1:" + port;
        try (Chromium chromium = new Chromium()) {
            Page analyst = chromium.newPageAs(base, "bo", 1440, 900);
            assertThat(analyst.locator("vaadin-button:has-text('Import…')").isVisible()).isFalse();

            Page page = chromium.newPageAs(base, "cleo", 1440, 900);
            page.click("vaadin-button:has-text('Import…')");
            page.waitForSelector("vaadin-upload");
            page.setInputFiles("vaadin-upload input[type=file]", good);
            startImport(page);
            page.waitForSelector(".goldset-import-outcome:has-text('2 document(s) imported')");
            Chromium.screenshot(page, "import-done");
            assertThat(jdbc.queryForObject("SELECT count(*) FROM document", Integer.class)).isEqualTo(2);
            page.click("vaadin-button:has-text('Close')");
            page.waitForSelector("vaadin-grid-cell-content:has-text('Ceasefire talks resume in Doha')");
            assertThat(page.locator("vaadin-grid-cell-content:has-text('Drone strike near Kherson')").count()).isEqualTo(1);

            page.click("vaadin-button:has-text('Import…')");
            page.waitForSelector("vaadin-upload");
            page.setInputFiles("vaadin-upload input[type=file]", evil);
            startImport(page);
            page.waitForSelector(".goldset-import-outcome:has-text('0 document(s) imported')");
            page.waitForSelector(".goldset-import-problems vaadin-grid-cell-content:has-text('evil.zip')");
            Chromium.screenshot(page, "import-refused");
            assertThat(jdbc.queryForObject("SELECT count(*) FROM document", Integer.class)).isEqualTo(2);

            Page small = chromium.newPageAs(base, "cleo", 1024, 768);
            small.click("vaadin-button:has-text('Import…')");
            small.waitForSelector("vaadin-upload");
            small.waitForTimeout(500); // the dialog's opening animation
            Chromium.screenshot(small, "import-1024");
        }
    }

    /** Waits for the uploads to arrive (the button turns on), then starts the import. */
    private static void startImport(Page page) {
        try {
            page.waitForSelector("vaadin-button.goldset-import-start:not([disabled])");
        } catch (com.microsoft.playwright.TimeoutError e) {
            Chromium.screenshot(page, "import-not-ready");
            throw e;
        }
        page.click("vaadin-button.goldset-import-start");
    }

    private Path zip(String name, String... entries) throws Exception {
        Path zip = folder.resolve(name);
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream entriesOut = new ZipOutputStream(out)) {
            for (int i = 0; i < entries.length; i += 2) {
                entriesOut.putNextEntry(new ZipEntry(entries[i]));
                entriesOut.write(entries[i + 1].getBytes(StandardCharsets.UTF_8));
            }
        }
        return zip;
    }
}
