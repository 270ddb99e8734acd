package org.goldset.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.microsoft.playwright.Page;
import org.goldset.AsAdministrator;
import org.goldset.TestDatabase;
import org.goldset.TestUsers;
import org.goldset.base.Json;
import org.goldset.corpus.DocumentService;
import org.goldset.curation.Curation;
import org.goldset.curation.CurationSheet;
import org.goldset.importing.CorpusImporter;
import org.goldset.importing.ImportReport;
import org.goldset.text.TextOffsets;
import org.goldset.user.UserAccounts;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Curation speed on a long article (issue 14, deliverable 5): 50,000 characters of real news text,
 * three analysts with 2,000 entities and 200 events (two arguments each) apiece, imported with
 * {@code import --as}, the second and third perturbed copies of the first. Next to it, in the same
 * run and browser, a bare Vaadin round trip and the review screen opening the same article. Not part
 * of the test suite: {@code ./mvnw test -Dgroups=benchmark -DexcludedGroups= -Dtest=CurationBenchmark};
 * results go to stdout and target/benchmarks/curation.md.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vaadin.productionMode=true")
@AsAdministrator
class CurationBenchmark {

    static final int TARGET_CHARS = 50_000;
    static final int ENTITIES = 2_000;
    static final int EVENTS = 200;
    static final int OPENS = 5;
    static final int CHOICES = 30;

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
    @Autowired
    DocumentService documents;
    @Autowired
    Curation curation;

    @TempDir
    Path folder;

    @Test
    void measure() throws IOException {
        String text = ReviewBenchmark.seedsText("", TARGET_CHARS);
        List<Double> imports = new ArrayList<>();
        for (String analyst : List.of("ana", "bo", "cy")) {
            Path file = folder.resolve(analyst + ".jsonl");
            Files.writeString(file, Json.MAPPER.writeValueAsString(layer(text, analyst)) + "\n");
            long started = System.nanoTime();
            ImportReport report = importer.importPaths(List.of(file), null, analyst, CorpusImporter.ImportProgress.NONE);
            imports.add((System.nanoTime() - started) / 1e6);
            if (!report.problems().isEmpty()) {
                throw new IllegalStateException(report.problems().toString());
            }
        }
        long documentId = documents.findByExternalId("long").orElseThrow().getId();
        List<Double> sheets = new ArrayList<>();
        CurationSheet sheet = null;
        for (int i = 0; i < 10; i++) {
            long started = System.nanoTime();
            sheet = curation.sheet(documentId).orElseThrow();
            sheets.add((System.nanoTime() - started) / 1e6);
        }
        try (Chromium chromium = new Chromium()) {
            Page page = chromium.newPageAs(url(""), TestUsers.admin(users));
            page.navigate(url("/benchmark/round-trip"));
            page.waitForSelector("#bare-button");
            List<Double> bare = new ArrayList<>();
            for (int i = 0; i < CHOICES; i++) {
                bare.add(((Number) page.evaluate(ReviewBenchmark.CLICK_AND_WAIT)).doubleValue());
            }
            List<Double> reviewOpens = new ArrayList<>();
            for (int i = 0; i < OPENS; i++) {
                long started = System.nanoTime();
                page.navigate(url("/review/" + documentId));
                page.waitForSelector("goldset-annotated-text mark.gs-span");
                page.waitForSelector("vaadin-grid-cell-content:has-text('accepted')");
                reviewOpens.add((System.nanoTime() - started) / 1e6);
            }
            List<Double> opens = new ArrayList<>();
            for (int i = 0; i < OPENS; i++) {
                long started = System.nanoTime();
                page.navigate(url("/curate/" + documentId));
                page.waitForSelector("goldset-annotated-text mark.gs-span");
                page.waitForSelector(".goldset-versions .gs-cell");
                opens.add((System.nanoTime() - started) / 1e6);
            }
            List<Double> fromQueue = new ArrayList<>();
            for (int i = 0; i < OPENS; i++) {
                page.navigate(url("/curation"));
                page.waitForSelector("vaadin-grid-cell-content:has-text('Long briefing')");
                long started = System.nanoTime();
                page.locator("vaadin-grid-cell-content:has-text('Long briefing')").first().click();
                page.waitForSelector("goldset-annotated-text mark.gs-span");
                page.waitForSelector(".goldset-versions .gs-cell");
                fromQueue.add((System.nanoTime() - started) / 1e6);
            }
            Chromium.screenshot(page, "benchmark-curation");
            List<Double> choices = new ArrayList<>();
            for (int i = 0; i < CHOICES; i++) {
                choices.add(((Number) page.evaluate(TAKE_AND_WAIT)).doubleValue());
            }
            report(sheet, imports, sheets, opens, fromQueue, reviewOpens, choices, bare);
        }
    }

    /** Presses "1" (take the first analyst's version) and resolves when the progress line changes. */
    static final String TAKE_AND_WAIT = """
            () => new Promise(resolve => {
              const progress = document.querySelector('.goldset-curation-progress');
              const before = progress.textContent;
              const start = performance.now();
              const observer = new MutationObserver(() => {
                if (progress.textContent !== before) {
                  observer.disconnect();
                  resolve(performance.now() - start);
                }
              });
              observer.observe(progress, {subtree: true, childList: true, characterData: true});
              document.body.dispatchEvent(new KeyboardEvent('keydown', {key: '1', code: 'Digit1', bubbles: true}));
            })""";

    /**
     * An analyst's layer: 2,000 words as entities, every tenth the trigger of an event with the next
     * two as participants. Bo relabels every seventh entity and drops every thirteenth argument; cy
     * shortens every fifth span by a character and swaps the participants of every ninth event.
     */
    private static ObjectNode layer(String text, String analyst) {
        TextOffsets offsets = new TextOffsets(text);
        ObjectNode line = Json.MAPPER.createObjectNode().put("id", "long").put("title", "Long briefing").put("text", text)
                .put("status", "DONE");
        ArrayNode entities = line.putArray("entities");
        ArrayNode events = line.putArray("events");
        Matcher word = Pattern.compile("\\b[A-Za-z]{4,}\\b").matcher(text);
        List<int[]> spans = new ArrayList<>();
        while (spans.size() < ENTITIES + ENTITIES / 10 + EVENTS && word.find()) {
            spans.add(new int[] {offsets.toCodePoints(word.start()), offsets.toCodePoints(word.end())});
        }
        int n = 0;
        for (int i = 0; n < ENTITIES; i++) {
            if (i % 11 == 10) {
                continue; // a trigger, not an entity
            }
            int start = spans.get(i)[0];
            int end = spans.get(i)[1];
            if (analyst.equals("cy") && n % 5 == 0 && end - start > 4) {
                end--;
            }
            String label = n % 2 == 0 ? "PERSON" : "ORGANIZATION";
            if (analyst.equals("bo") && n % 7 == 0) {
                label = "GPE";
            }
            entities.addObject().put("id", "T" + i).put("start", start).put("end", end).put("label", label);
            n++;
        }
        for (int e = 0; e < EVENTS; e++) {
            int trigger = e * 11 + 10;
            ObjectNode event = events.addObject().put("id", "E" + e).put("type", "MEET");
            event.putObject("trigger").put("start", spans.get(trigger)[0]).put("end", spans.get(trigger)[1]);
            ArrayNode arguments = event.putArray("arguments");
            List<String> participants = new ArrayList<>(List.of("T" + (trigger - 2), "T" + (trigger - 1)));
            if (analyst.equals("cy") && e % 9 == 0) {
                participants = List.of("T" + (trigger - 3), "T" + (trigger - 1));
            }
            for (String participant : participants) {
                if (!(analyst.equals("bo") && (e * 2 + participants.indexOf(participant)) % 13 == 0)) {
                    arguments.addObject().put("role", "Participant").put("entity", participant);
                }
            }
        }
        return line;
    }

    private static void report(CurationSheet sheet, List<Double> imports, List<Double> sheets, List<Double> opens,
                               List<Double> fromQueue, List<Double> reviewOpens, List<Double> choices, List<Double> bare) throws IOException {
        long openItems = sheet.items().stream().filter(CurationSheet.Item::isOpen).count();
        String result = String.format(Locale.ENGLISH, """
                | measure (%d characters, 3 analysts × %d entities + %d events; %d gold units, %d open items) | p50 ms | p95 ms | runs |
                |---|---|---|---|
                | import a layer with `--as` (the third builds the curation gold) | %.0f | %.0f | %d |
                | curation sheet on the server (three queries, clusters, positions) | %.0f | %.0f | %d |
                | **open the curation screen by URL (→ marks and the first difference drawn)** | %.0f | %.0f | %d |
                | **open it from the curation queue (click → marks and the first difference drawn)** | %.0f | %.0f | %d |
                | open the review screen of the same article by URL (baseline) | %.0f | %.0f | %d |
                | take a version from the keyboard (key → progress updated) | %.1f | %.1f | %d |
                | bare Vaadin button round trip (baseline) | %.1f | %.1f | %d |
                """, sheet.text().length(), ENTITIES, EVENTS, sheet.units().size(), openItems,
                ReviewBenchmark.percentile(imports, 50), ReviewBenchmark.percentile(imports, 95), imports.size(),
                ReviewBenchmark.percentile(sheets, 50), ReviewBenchmark.percentile(sheets, 95), sheets.size(),
                ReviewBenchmark.percentile(opens, 50), ReviewBenchmark.percentile(opens, 95), opens.size(),
                ReviewBenchmark.percentile(fromQueue, 50), ReviewBenchmark.percentile(fromQueue, 95), fromQueue.size(),
                ReviewBenchmark.percentile(reviewOpens, 50), ReviewBenchmark.percentile(reviewOpens, 95), reviewOpens.size(),
                ReviewBenchmark.percentile(choices, 50), ReviewBenchmark.percentile(choices, 95), choices.size(),
                ReviewBenchmark.percentile(bare, 50), ReviewBenchmark.percentile(bare, 95), bare.size());
        System.out.println(result);
        Path out = Path.of("target/benchmarks/curation.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, result);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
