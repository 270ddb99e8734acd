package org.goldset.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.goldset.AsAdministrator;
import org.goldset.TestDatabase;
import org.goldset.base.Json;
import org.goldset.export.ExportOptions;
import org.goldset.export.GoldExporter;
import org.goldset.importing.CorpusImporter;
import org.goldset.importing.ImportReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Two analysts' layers imported with {@code import --as}, the second a perturbed copy of the first
 * (a label changed, spans shifted, an entity left out, arguments swapped and one role left empty),
 * and a third analyst agreeing with the first on one article. The figures Goldset computes must
 * equal those of an independent implementation of the same definitions (docs/eval/agreement.py, run
 * on the export of every layer) to four decimals, and the hand-counted ones.
 */
@SpringBootTest
@AsAdministrator
class AgreementTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @Autowired
    CorpusImporter importer;
    @Autowired
    Agreement agreement;
    @Autowired
    GoldExporter exporter;

    @TempDir
    Path folder;

    @Test
    void figures_match_an_independent_computation_and_the_hand_counts() throws Exception {
        imported("ana", AgreementFixtures.strikeOfAna(), AgreementFixtures.talksOfAna());
        imported("bo", AgreementFixtures.strikeOfBo(), AgreementFixtures.talksOfBo());
        imported("cy", AgreementFixtures.talksOfAna());

        JsonNode goldset = agreement.compute(Agreement.Documents.ALL).toJson();

        JsonNode anaBo = goldset.get("pairs").get(0);
        assertThat(anaBo.get("a").asString() + "/" + anaBo.get("b").asString()).isEqualTo("ana/bo");
        assertThat(anaBo.get("documents").asInt()).isEqualTo(2);
        JsonNode entities = anaBo.get("entities");
        assertThat(entities.get("a").asInt()).isEqualTo(10);
        assertThat(entities.get("b").asInt()).isEqualTo(9);
        assertThat(entities.get("f1_exact").asDouble()).isEqualTo(0.5263);   // 2·5 / 19
        assertThat(entities.get("f1_overlap").asDouble()).isEqualTo(0.7368); // 2·7 / 19
        assertThat(anaBo.get("triggers").get("f1").asDouble()).isEqualTo(1.0);
        JsonNode arguments = anaBo.get("arguments");
        assertThat(arguments.get("f1").asDouble()).isEqualTo(0.3077);          // 2·2 / 13
        assertThat(arguments.get("f1_complete").asDouble()).isEqualTo(0.3636); // 2·2 / 11
        assertThat(arguments.get("positions").asInt()).isEqualTo(7);
        assertThat(arguments.get("incomplete").asInt()).isEqualTo(2);
        JsonNode anaCy = goldset.get("pairs").get(1);
        assertThat(anaCy.get("b").asString()).isEqualTo("cy");
        assertThat(anaCy.get("entities").get("f1_exact").asDouble()).isEqualTo(1.0);
        assertThat(anaCy.get("entities").get("alpha").asDouble()).isEqualTo(1.0);
        assertThat(anaCy.get("entities").get("kappa").asDouble()).isEqualTo(1.0);
        assertThat(goldset.get("overall").get("pairs").asInt()).isEqualTo(3);

        Path layers = folder.resolve("layers.jsonl");
        exporter.exportToFile(layers, exporter.nativeFormat(), new ExportOptions(true, false, false, null, true),
                GoldExporter.ExportProgress.NONE);
        JsonNode independent = python(layers);
        assertSame("", goldset, independent);
    }

    /** Every field of both, numbers to four decimals, nothing missing on either side. */
    private static void assertSame(String path, JsonNode goldset, JsonNode independent) {
        if (goldset.isObject()) {
            assertThat(independent.isObject()).as(path).isTrue();
            assertThat(goldset.propertyNames()).as(path).containsExactlyInAnyOrderElementsOf(independent.propertyNames());
            goldset.propertyNames().forEach(name -> assertSame(path + "." + name, goldset.get(name), independent.get(name)));
        } else if (goldset.isArray()) {
            assertThat(goldset.size()).as(path).isEqualTo(independent.size());
            for (int i = 0; i < goldset.size(); i++) {
                assertSame(path + "[" + i + "]", goldset.get(i), independent.get(i));
            }
        } else if (goldset.isNumber()) {
            assertThat(independent.isNumber()).as(path + " is a number in both").isTrue();
            assertThat(goldset.asDouble()).as(path).isCloseTo(independent.asDouble(), within(0.00011));
        } else {
            assertThat(goldset.asString()).as(path).isEqualTo(independent.asString());
            assertThat(goldset.isNull()).as(path).isEqualTo(independent.isNull());
        }
    }

    private static JsonNode python(Path layers) throws Exception {
        Process process = new ProcessBuilder("python3", "docs/eval/agreement.py", layers.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        return Json.MAPPER.readTree(out);
    }

    private void imported(String analyst, ObjectNode... lines) throws Exception {
        ImportReport report = AgreementFixtures.importAs(importer, folder, analyst, lines);
        assertThat(report.problems()).isEmpty();
    }

}
