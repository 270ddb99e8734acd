package org.goldset.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The documents list on a large corpus, in Chromium, against a Goldset already running on it (so the
 * corpus is built once, by docs/eval/scale-corpus.py and the import). Not part of the test suite:
 * <pre>
 * java -jar target/goldset.jar --goldset.db=BIG.db --server.port=8091 &amp;
 * ./mvnw test -Dgroups=benchmark -DexcludedGroups= -Dtest=DocumentListBenchmark -Dgoldset.url=http://localhost:8091
 * </pre>
 * Each figure is the median of five, from the action to the grid showing its result (no request
 * pending, the grid not loading); for typed words, from the request the field sends once typing
 * pauses, so the field's own wait to see that typing stopped is not counted.
 */
@Tag("benchmark")
class DocumentListBenchmark {

    private static final int RUNS = 5;
    private static final String SUMMARY = ".goldset-corpus-summary";

    @Test
    void measure() throws IOException {
        String url = System.getProperty("goldset.url", "http://localhost:8091");
        List<String> lines = new ArrayList<>();
        try (Chromium chromium = new Chromium()) {
            Page page = chromium.newPage(1440, 900);
            page.navigate(url + "/");
            page.waitForSelector("vaadin-grid-cell-content .goldset-status");
            lines.add(row("baseline: open Goldset's not-found page", median(run -> {
                page.navigate(url + "/no-such-page");
                page.waitForSelector("text=Back to the documents");
            })));
            lines.add(row("open the list (first rows shown)", median(run -> {
                page.navigate(url + "/");
                page.waitForSelector("vaadin-grid-cell-content .goldset-status");
            })));
            String corpus = page.textContent(SUMMARY);
            lines.add(row("search a common word (\"missile\")", medianOf(run -> search(page, run % 2 == 0 ? "missile" : "missiles"))));
            lines.add(row("search a name (\"Soleimani\")", medianOf(run -> search(page, run % 2 == 0 ? "Soleimani" : "Soleiman"))));
            lines.add(row("search a phrase (\"\\\"Revolutionary Guard\\\"\")",
                    medianOf(run -> search(page, run % 2 == 0 ? "\"Revolutionary Guard\"" : "\"Revolutionary Guards\""))));
            search(page, "");
            lines.add(row("sort by title (header click)", median(run -> {
                page.locator("vaadin-grid-sorter:has-text('Title')").click();
                waitForIdle(page);
            })));
            lines.add(row("filter: containing PERSON", medianOf(run -> choose(page, "documents-label", run % 2 == 0 ? "PERSON" : "WEAPON"))));
            lines.add(row("filter: decision Accepted", medianOf(run -> choose(page, "documents-decision", run % 2 == 0 ? "Accepted" : "Pending"))));
            choose(page, "documents-decision", "Any decision");
            choose(page, "documents-label", "PERSON");
            lines.add(row("filter: PERSON whose text has \"Soleimani\"", medianOf(run ->
                    type(page, "#documents-annotation-text input", run % 2 == 0 ? "Soleimani" : "Trump"))));
            lines.add("");
            lines.add("Corpus: " + corpus);
        }
        Path out = Path.of("target/benchmarks/document-list.md");
        Files.createDirectories(out.getParent());
        Files.write(out, lines);
        lines.forEach(System.out::println);
    }

    private static double search(Page page, String words) {
        return type(page, "#documents-search input", words);
    }

    /**
     * Types into a field and waits for the answer; the time from the field's request to the server
     * (sent once typing pauses) to the grid showing the result.
     */
    private static double type(Page page, String selector, String words) {
        long[] sent = {0};
        java.util.function.Consumer<com.microsoft.playwright.Request> onRequest = request -> {
            if (sent[0] == 0 && request.url().contains("v-r=uidl")) {
                sent[0] = System.nanoTime();
            }
        };
        page.onRequest(onRequest);
        page.fill(selector, words);
        page.waitForCondition(() -> sent[0] != 0);
        waitForIdle(page);
        page.offRequest(onRequest);
        return (System.nanoTime() - sent[0]) / 1e6;
    }

    /** Chooses an item of a select; the time from the click on the item (the overlay's animation aside). */
    private static double choose(Page page, String selectId, String item) {
        // Opened directly: a click right after the previous choice may land while its overlay closes.
        page.evaluate("id => document.getElementById(id).opened = true", selectId);
        com.microsoft.playwright.Locator choice =
                page.locator("vaadin-select-item:visible", new Page.LocatorOptions().setHasText(item)).first();
        choice.waitFor();
        long started = System.nanoTime();
        choice.click();
        waitForIdle(page);
        return (System.nanoTime() - started) / 1e6;
    }

    /** Waits until the server has answered and the grid has its rows (no request, no loading grid). */
    private static void waitForIdle(Page page) {
        page.waitForFunction("() => !Object.values(window.Vaadin.Flow.clients).some(c => c.isActive && c.isActive())"
                + " && !document.querySelector('vaadin-grid[loading]')");
    }

    private static double median(Consumer<Integer> action) {
        return medianOf(run -> {
            long started = System.nanoTime();
            action.accept(run);
            return (System.nanoTime() - started) / 1e6;
        });
    }

    private static double medianOf(java.util.function.IntToDoubleFunction measured) {
        List<Double> times = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            times.add(measured.applyAsDouble(run));
        }
        times.sort(Double::compare);
        return times.get(RUNS / 2);
    }

    private static String row(String what, double millis) {
        return String.format(Locale.ENGLISH, "| %s | %.0f ms |", what, millis);
    }
}
