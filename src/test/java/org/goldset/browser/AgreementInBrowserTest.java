package org.goldset.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import com.microsoft.playwright.Page;
import org.goldset.AsAdministrator;
import org.goldset.TestDatabase;
import org.goldset.TestUsers;
import org.goldset.agreement.AgreementFixtures;
import org.goldset.importing.CorpusImporter;
import org.goldset.user.Role;
import org.goldset.user.UserAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The agreement screen as a curator sees it: the pair's line with its figures, the per-label
 * detail, and the pair's disagreements in words; an analyst cannot open it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AsAdministrator
class AgreementInBrowserTest {

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

    @TempDir
    Path folder;

    @Test
    void a_curator_sees_the_pairs_figures_and_disagreements_and_an_analyst_cannot() throws Exception {
        AgreementFixtures.importAs(importer, folder, "ana", AgreementFixtures.strikeOfAna(), AgreementFixtures.talksOfAna());
        AgreementFixtures.importAs(importer, folder, "bo", AgreementFixtures.strikeOfBo(), AgreementFixtures.talksOfBo());
        TestUsers.ensure(users, "bo", Role.ANALYST);

        try (Chromium chromium = new Chromium()) {
            for (int[] size : new int[][] {{1440, 900}, {1024, 768}}) {
                Page page = chromium.newPageAs(base(), TestUsers.admin(users), size[0], size[1]);
                assertThat(page.locator("vaadin-side-nav-item:has-text('Agreement')").count()).isOne();
                page.navigate(base() + "/agreement");
                try {
                    page.waitForSelector("vaadin-grid-cell-content:has-text('ana · bo')");
                } finally {
                    Chromium.screenshot(page, "agreement-" + size[0]);
                }
                List<String> cells = page.locator("vaadin-grid-cell-content").allTextContents().stream()
                        .map(String::strip).toList();
                int pair = cells.indexOf("ana · bo");
                // Documents, entity F1 exact and overlap (hand-counted in AgreementTest), trigger F1, argument F1.
                assertThat(cells.subList(pair + 1, pair + 4)).containsExactly("2", "0.526", "0.737");
                assertThat(cells.get(pair + 6)).isEqualTo("1.000");
                assertThat(cells.get(pair + 7)).isEqualTo("0.308");
                assertThat(cells.get(pair + 9)).isEqualTo("2 of 7");
                page.waitForSelector("vaadin-grid-cell-content:has-text('Lebanon')");
                assertThat(cells).contains("WEAPON");
                List<String> all = page.locator("vaadin-grid-cell-content").allTextContents().stream()
                        .map(String::strip).toList();
                int lebanon = all.indexOf("Lebanon");
                assertThat(all.subList(lebanon - 1, lebanon + 3)).containsExactly("label", "Lebanon", "GPE", "LOCATION");
                assertThat(all).contains("ATTACK “fired” · Attacker", "Hezbollah", "Israel");
                page.waitForTimeout(300);
                Chromium.screenshot(page, "agreement-" + size[0]);
                page.context().close();
            }
            Page bo = chromium.newPageAs(base(), "bo", 1440, 900);
            assertThat(bo.locator("vaadin-side-nav-item:has-text('Agreement')").count()).isZero();
            bo.navigate(base() + "/agreement");
            bo.waitForSelector(".goldset-user-name");
            assertThat(bo.locator("vaadin-grid-cell-content:has-text('ana · bo')").count()).isZero();
        }
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }
}
