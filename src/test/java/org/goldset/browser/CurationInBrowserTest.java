package org.goldset.browser;

import static org.assertj.core.api.Assertions.assertThat;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import com.microsoft.playwright.Page;
import org.goldset.AsAdministrator;
import org.goldset.TestDatabase;
import org.goldset.TestUsers;
import org.goldset.agreement.AgreementFixtures;
import org.goldset.base.Json;
import org.goldset.corpus.DocumentService;
import org.goldset.corpus.DocumentStatus;
import org.goldset.export.ExportOptions;
import org.goldset.export.GoldExporter;
import org.goldset.importing.CorpusImporter;
import org.goldset.user.UserAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A curator adjudicates, from the keyboard, a document two analysts annotated differently (entity
 * spans and labels, swapped attacker and target, a role only one filled): the screen shows each
 * analyst's version and the gold as it goes, undo puts a choice back, and after finishing the gold
 * export holds exactly the chosen versions.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AsAdministrator
class CurationInBrowserTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
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
    GoldExporter exporter;

    @TempDir
    Path folder;

    /** What the curator presses for each difference, by the card's heading. */
    private static final Map<String, String> CHOICES = Map.of(
            "Argument: Attacker · fired", "2", "Argument: Target · fired", "2",
            "Argument: Instrument · fired", "1", "Argument: Time · fired", "1",
            "Entities · rockets", "1", "Entities · Lebanon", "2", "Entities · IRGC", "r");

    @Test
    void a_curator_settles_every_difference_from_the_keyboard_and_the_gold_is_what_was_chosen() throws Exception {
        AgreementFixtures.importAs(importer, folder, "ana", AgreementFixtures.strikeOfAna());
        AgreementFixtures.importAs(importer, folder, "bo", AgreementFixtures.strikeOfBo());
        long strike = documents.findByExternalId("strike").orElseThrow().getId();

        try (Chromium chromium = new Chromium()) {
            Page page = chromium.newPageAs(base(), TestUsers.admin(users), 1440, 900);
            // From the documents list, a curator opens a document in curation on the curation screen.
            page.waitForSelector("vaadin-grid-cell-content:has-text('Curating')");
            page.locator("vaadin-grid-cell-content:has-text('Curating')").first().click();
            page.waitForURL("**/curate/" + strike);
            page.navigate(base() + "/curation");
            page.waitForSelector("vaadin-grid-cell-content:has-text('Hezbollah fired')");
            Chromium.screenshot(page, "curation-queue-1440");
            assertThat(page.locator("vaadin-grid-cell-content").allTextContents()).contains("12");
            page.locator("vaadin-grid-cell-content:has-text('Hezbollah fired')").first().click();
            page.waitForSelector(".goldset-difference-card h3");
            assertThat(page.locator(".goldset-curation-legend").textContent()).isEqualTo("1 ana · 2 bo");
            assertThat(progress(page)).startsWith("12 open");
            // The document's own agreement, as AgreementTest counts it for this article alone: entities 2·3/11, arguments none alike.
            assertThat(page.locator(".goldset-curation-figures").textContent())
                    .isEqualTo("agreement F1: entities 0.55 · triggers 1.00 · arguments 0.00");
            Chromium.screenshot(page, "curation-1440");
            page.setViewportSize(1024, 768);
            Chromium.screenshot(page, "curation-1024");
            page.setViewportSize(1440, 900);
            page.keyboard().press("?");
            page.waitForSelector("text=Curation keys");
            page.keyboard().press("1"); // a dialog is open: the keys wait
            page.waitForTimeout(500);
            page.keyboard().press("Escape");
            assertThat(progress(page)).startsWith("12 open");

            // A choice and its undo in one request (one script, one task): the list must show the
            // difference open again, as the card and the progress do, never the choice undone.
            for (int round = 0; round < 4; round++) {
                page.evaluate("() => { for (const [key, code, ctrlKey] of [['1', 'Digit1', false], ['z', 'KeyZ', true]]) {"
                        + " document.body.dispatchEvent(new KeyboardEvent('keydown', {key, code, ctrlKey, bubbles: true})); } }");
                page.waitForTimeout(300);
                page.waitForFunction("() => document.querySelector('.goldset-curation-progress').textContent.startsWith('12 open')");
                assertThat(page.locator(".goldset-difference-list vaadin-grid-cell-content").allTextContents())
                        .as("the list after a choice and its undo, round " + round).doesNotContain("decided");
            }
            // Opening the document again starts on its first difference, as a fresh visit does.
            page.navigate(base() + "/curate/" + strike);
            page.waitForFunction("() => document.querySelector('.goldset-curation-progress')?.textContent.startsWith('12 open')");

            List<String> seen = new ArrayList<>();
            for (int step = 0; step < 10; step++) {
                String heading = page.locator(".goldset-difference-card h3").textContent();
                if (heading.equals("Nothing to settle")) {
                    break;
                }
                seen.add(heading);
                if (heading.equals("Argument: Attacker · fired")) {
                    assertThat(cells(page)).containsSubsequence("ORGANIZATION “Hezbollah”", "GPE “Israel”");
                }
                String before = progress(page);
                page.keyboard().press(CHOICES.get(heading));
                try {
                    page.waitForFunction("before => document.querySelector('.goldset-curation-progress').textContent !== before",
                            before);
                } finally {
                    Chromium.screenshot(page, "curation-step-1440");
                }
            }
            assertThat(seen).containsExactlyInAnyOrderElementsOf(CHOICES.keySet());
            assertThat(progress(page)).startsWith("0 open");
            // The article shows the gold: ana's "rockets", bo's LOCATION on Lebanon, no IRGC.
            assertThat(markTitles(page)).contains("WEAPON (accepted)", "LOCATION (accepted)")
                    .doesNotContain("ORGANIZATION (pending)");
            assertThat(page.locator("mark:has-text('IRGC')").count()).isZero();

            // Leaving the document and coming back keeps the undo steps (they live in the session).
            page.navigate(base() + "/curate/" + strike);
            page.waitForSelector(".goldset-difference-card h3:has-text('Nothing to settle')");
            page.keyboard().press("Control+z");
            page.waitForFunction("() => document.querySelector('.goldset-curation-progress').textContent.startsWith('1 open')");
            assertThat(page.locator("mark:has-text('IRGC')").count()).isOne();
            page.locator("vaadin-checkbox:has-text('Show agreed')").click();
            page.waitForSelector("vaadin-grid-cell-content:has-text('agreed by all')");
            page.locator(".goldset-curation-header h2").click(); // keys do not act while a checkbox has the focus
            assertThat(page.locator(".goldset-difference-card h3").textContent()).isEqualTo("Entities · IRGC");
            page.keyboard().press("r");
            page.waitForFunction("() => document.querySelector('.goldset-curation-progress').textContent.startsWith('0 open')");
            Chromium.screenshot(page, "curation-settled-1440");

            page.keyboard().press("f");
            page.waitForSelector("vaadin-button:has-text('Keep curating')");
            assertThat(page.locator("text=Finishing makes this the document's gold").count()).isOne();
            page.keyboard().press("Enter");
            page.waitForURL("**/curation");
            page.setViewportSize(1024, 768);
            Chromium.screenshot(page, "curation-queue-1024");
        }

        assertThat(documents.findDocument(strike).orElseThrow().getStatus()).isEqualTo(DocumentStatus.DONE);
        JsonNode gold = goldLine();
        Map<String, String> texts = new HashMap<>();
        List<String> entities = new ArrayList<>();
        gold.get("entities").forEach(entity -> {
            texts.put(entity.get("id").asString(), entity.get("text").asString());
            entities.add(entity.get("text").asString() + " " + entity.get("label").asString());
        });
        assertThat(entities).containsExactly("Hezbollah ORGANIZATION", "rockets WEAPON", "Israel GPE",
                "Lebanon LOCATION", "Monday DATE");
        List<String> arguments = new ArrayList<>();
        gold.get("events").get(0).get("arguments").forEach(argument -> arguments.add(
                argument.get("role").asString() + "=" + texts.get(argument.get("entity").asString())));
        assertThat(arguments).containsExactlyInAnyOrder("Attacker=Israel", "Target=Hezbollah", "Instrument=rockets",
                "Time=Monday");
    }

    private static String progress(Page page) {
        return page.locator(".goldset-curation-progress").textContent();
    }

    private static List<String> cells(Page page) {
        return page.locator(".goldset-versions .gs-cell").allTextContents();
    }

    private static List<String> markTitles(Page page) {
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < page.locator("mark").count(); i++) {
            titles.add(page.locator("mark").nth(i).getAttribute("title"));
        }
        return titles;
    }

    private JsonNode goldLine() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TestUsers.asAdministrator(() -> exporter.exportJsonl(out, ExportOptions.GOLD, GoldExporter.ExportProgress.NONE));
        String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertThat(lines).hasSize(1);
        return Json.MAPPER.readTree(lines[0]);
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }
}
