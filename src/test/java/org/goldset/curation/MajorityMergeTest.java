package org.goldset.curation;

import static org.assertj.core.api.Assertions.assertThat;
import java.nio.file.Path;
import org.goldset.AsAdministrator;
import org.goldset.TestDatabase;
import org.goldset.agreement.AgreementFixtures;
import org.goldset.annotation.AnnotationStatus;
import org.goldset.corpus.DocumentService;
import org.goldset.curation.CurationSheet.Unit;
import org.goldset.importing.CorpusImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With {@code goldset.curation.merge=MAJORITY}, what two of three analysts gave goes into the gold
 * by itself and the third's competing versions are left out as outvoted; a unit only one analyst
 * gave, with nothing competing, still waits for the curator.
 */
@SpringBootTest(properties = {"goldset.curation.merge=MAJORITY", "goldset.curation.min-voters=2"})
@AsAdministrator
class MajorityMergeTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @Autowired
    CorpusImporter importer;
    @Autowired
    Curation curation;
    @Autowired
    DocumentService documents;

    @TempDir
    Path folder;

    @Test
    void two_of_three_merge_and_the_third_is_outvoted() throws Exception {
        AgreementFixtures.importAs(importer, folder, "ana", AgreementFixtures.strikeOfAna());
        AgreementFixtures.importAs(importer, folder, "bo", AgreementFixtures.strikeOfBo());
        AgreementFixtures.importAs(importer, folder, "cy", AgreementFixtures.strikeOfAna());
        long strike = documents.findByExternalId("strike").orElseThrow().getId();

        CurationSheet sheet = curation.sheet(strike).orElseThrow();
        assertThat(unit(sheet, "WEAPON “rockets”").status()).isEqualTo(AnnotationStatus.ACCEPTED);
        assertThat(unit(sheet, "WEAPON “rockets”").howReached()).isEqualTo("majority: ana, cy");
        assertThat(unit(sheet, "WEAPON “rocket”").status()).isEqualTo(AnnotationStatus.REJECTED);
        assertThat(unit(sheet, "WEAPON “rocket”").howReached()).isEqualTo("outvoted");
        assertThat(unit(sheet, "LOCATION “Lebanon”").status()).isEqualTo(AnnotationStatus.REJECTED);
        assertThat(unit(sheet, "ORGANIZATION “Hezbollah”").howReached()).isEqualTo("unanimous: ana, bo, cy");
        // Every unit bo alone gave competes with one ana and cy gave: nothing is left for the curator.
        assertThat(sheet.open()).isZero();
        assertThat(sheet.items()).noneMatch(CurationSheet.Item::isOpen);
    }

    private static Unit unit(CurationSheet sheet, String labelAndText) {
        return sheet.units().stream().filter(unit -> unit.kind() == CurationSheet.UnitKind.ENTITY
                && (unit.label() + " " + unit.detail()).equals(labelAndText)).findFirst().orElseThrow();
    }
}
