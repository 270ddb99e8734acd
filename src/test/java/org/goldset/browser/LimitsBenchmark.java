package org.goldset.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.microsoft.playwright.Page;
import org.goldset.AsAdministrator;
import org.goldset.TestDatabase;
import org.goldset.TestUsers;
import org.goldset.annotation.EntityDraft;
import org.goldset.annotation.EntityService;
import org.goldset.annotation.Origin;
import org.goldset.annotation.ReviewState;
import org.goldset.corpus.Document;
import org.goldset.corpus.DocumentService;
import org.goldset.format.InputLimits;
import org.goldset.text.Span;
import org.goldset.text.TextOffsets;
import org.goldset.user.UserAccounts;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The review screen at the input limits: an article of the largest size an import accepts, with the
 * most annotations a document may carry, all pending. Not part of the suite: run with
 * {@code ./mvnw test -Dgroups=benchmark -DexcludedGroups= -Dtest=LimitsBenchmark} after
 * {@code ./mvnw package -DskipTests}; results go to stdout and target/benchmarks/limits.md.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vaadin.productionMode=true")
@AsAdministrator
class LimitsBenchmark {

    static final int OPENS = 3;
    static final int ACCEPTS = 10;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @Autowired
    UserAccounts users;
    @LocalServerPort
    int port;
    @Autowired
    DocumentService documents;
    @Autowired
    EntityService annotations;

    @Test
    void measure() throws IOException {
        InputLimits limits = InputLimits.DEFAULT;
        long built = System.nanoTime();
        Document article = articleAtTheLimits(limits);
        double stored = (System.nanoTime() - built) / 1e6;
        try (Chromium chromium = new Chromium()) {
            Page page = chromium.newPageAs(url(""), TestUsers.admin(users));
            List<Double> opens = new ArrayList<>();
            for (int i = 0; i < OPENS; i++) {
                long started = System.nanoTime();
                page.navigate(url("/review/" + article.getId()));
                page.waitForSelector("goldset-annotated-text mark.gs-span");
                page.waitForSelector("vaadin-grid-cell-content:has-text('pending')");
                opens.add((System.nanoTime() - started) / 1e6);
            }
            Chromium.screenshot(page, "limits-review");
            page.keyboard().press("j");
            page.waitForSelector("mark.gs-selected");
            List<Double> accepts = new ArrayList<>();
            for (int i = 0; i < ACCEPTS; i++) {
                accepts.add(((Number) page.evaluate(ReviewBenchmark.ACCEPT_AND_WAIT)).doubleValue());
            }
            long scrolled = System.nanoTime();
            page.evaluate("() => { const t = document.querySelector('goldset-annotated-text');"
                    + " let e = t; while (e && e.scrollHeight <= e.clientHeight + 1) e = e.parentElement;"
                    + " (e || document.scrollingElement).scrollTop = 1e12; }");
            page.waitForSelector("goldset-annotated-text mark.gs-span:has-text('ending')");
            double toEnd = (System.nanoTime() - scrolled) / 1e6;
            Chromium.screenshot(page, "limits-review-end");
            Number heap = (Number) page.evaluate("() => performance.memory ? performance.memory.usedJSHeapSize : 0");
            report(article, stored, opens, accepts, toEnd, heap.doubleValue() / 1e6, limits);
        }
    }

    /** The largest article an import accepts, ending on "ending", with the most annotations allowed. */
    private Document articleAtTheLimits(InputLimits limits) throws IOException {
        String body = ReviewBenchmark.seedsText("Limits briefing\n\n", limits.articleCharacters() - 7) + " ending";
        String id = "limits-" + System.nanoTime();
        Document document = documents.addDocument(new Document(id, "Limits briefing", body, id, Instant.now()));
        TextOffsets offsets = new TextOffsets(body);
        List<EntityDraft> drafts = new ArrayList<>();
        Matcher word = Pattern.compile("\\b(?:[A-Z][a-z]+|[a-z]{5,})\\b").matcher(body);
        int every = Math.max(1, body.length() / 12 / limits.annotationsPerDocument()); // spread over the article
        int seen = 0;
        while (drafts.size() < limits.annotationsPerDocument() - 1 && word.find()) {
            if (seen++ % every == 0) {
                drafts.add(new EntityDraft(null, new Span(offsets.toCodePoints(word.start()),
                        offsets.toCodePoints(word.end())), drafts.size() % 2 == 0 ? "PERSON" : "ORGANIZATION",
                        ReviewState.pending(), Origin.engine("benchmark", "1", 0.5), null, null));
            }
        }
        int end = body.length();
        drafts.add(new EntityDraft(null, new Span(offsets.toCodePoints(end - 6), offsets.toCodePoints(end)), "PERSON",
                ReviewState.pending(), Origin.engine("benchmark", "1", 0.5), null, null));
        annotations.storeAnnotations(document.getId(), drafts, List.of(), "benchmark");
        return document;
    }

    private void report(Document article, double stored, List<Double> opens, List<Double> accepts, double toEnd,
                        double heapMb, InputLimits limits) throws IOException {
        String result = String.format(Locale.ENGLISH, """
                | measure (%,d-character article, %,d pending entities: the default limits) | p50 ms | p95 ms | runs |
                |---|---|---|---|
                | store the article and its entities (service calls) | %.0f | | 1 |
                | open by URL (full page load → text, spans and list drawn) | %.0f | %.0f | %d |
                | accept from the keyboard (key → span redrawn as accepted) | %.1f | %.1f | %d |
                | scroll to the end of the article (→ its last mark drawn) | %.0f | | 1 |
                | browser JavaScript heap after all that | %.0f MB | | |
                """, article.getTextLength(), limits.annotationsPerDocument(), stored,
                ReviewBenchmark.percentile(opens, 50), ReviewBenchmark.percentile(opens, 95), opens.size(),
                ReviewBenchmark.percentile(accepts, 50), ReviewBenchmark.percentile(accepts, 95), accepts.size(),
                toEnd, heapMb);
        System.out.println(result);
        Path out = Path.of("target/benchmarks/limits.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, result);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
