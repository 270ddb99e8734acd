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
import org.goldset.annotation.EntityDraft;
import org.goldset.annotation.EntityService;
import org.goldset.annotation.EventDraft;
import org.goldset.annotation.Origin;
import org.goldset.annotation.ReviewState;
import org.goldset.corpus.Document;
import org.goldset.corpus.DocumentService;
import org.goldset.text.Span;
import org.goldset.text.TextOffsets;
import org.goldset.TestUsers;
import org.goldset.user.UserAccounts;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Review screen speed on a long article, next to a bare Vaadin button round trip measured in the
 * same run. Not part of the test suite: run with
 * {@code ./mvnw test -Dgroups=benchmark -DexcludedGroups= -Dtest=ReviewBenchmark}; results go to
 * stdout and target/benchmarks/review.md.
 */
@Tag("benchmark")
// Production mode, as analysts run Goldset: needs the frontend build of ./mvnw package in target/classes.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vaadin.productionMode=true")
@AsAdministrator
class ReviewBenchmark {

    static final int TARGET_CHARS = 50_000;
    static final int SUGGESTIONS = 2_000;
    static final int OPENS = 5;
    static final int ACCEPTS = 60;
    static final int ROUND_TRIPS = 60;
    static final int EVENTS = 300;

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
        Document article = longArticle();
        try (Chromium chromium = new Chromium()) {
            Page page = chromium.newPageAs(url(""), TestUsers.admin(users));
            List<Double> bare = roundTrips(page);
            List<Double> opens = new ArrayList<>();
            for (int i = 0; i < OPENS; i++) {
                long started = System.nanoTime();
                page.navigate(url("/review/" + article.getId()));
                page.waitForSelector("goldset-annotated-text mark.gs-span");
                page.waitForSelector("vaadin-grid-cell-content:has-text('pending')");
                opens.add((System.nanoTime() - started) / 1e6);
            }
            List<Double> inApp = new ArrayList<>();
            for (int i = 0; i < OPENS; i++) {
                page.navigate(url("/"));
                page.waitForSelector("vaadin-grid-cell-content:has-text('Long briefing')");
                long started = System.nanoTime();
                page.locator("vaadin-grid-cell-content:has-text('Long briefing')").first().click();
                page.waitForSelector("goldset-annotated-text mark.gs-span");
                page.waitForSelector("vaadin-grid-cell-content:has-text('pending')");
                inApp.add((System.nanoTime() - started) / 1e6);
            }
            Chromium.screenshot(page, "benchmark-long-article");
            page.keyboard().press("j");
            page.waitForSelector("mark.gs-selected");
            List<Double> accepts = new ArrayList<>();
            for (int i = 0; i < ACCEPTS; i++) {
                accepts.add(((Number) page.evaluate(ACCEPT_AND_WAIT)).doubleValue());
            }
            page.keyboard().press("e");
            page.locator(".gs-event-card.gs-current").waitFor();
            List<Double> eventAccepts = new ArrayList<>();
            for (int i = 0; i < ACCEPTS; i++) {
                eventAccepts.add(((Number) page.evaluate(ACCEPT_EVENT_AND_WAIT)).doubleValue());
            }
            System.out.println("UIDL server+network ms of the last event accepts: " + page.evaluate(
                    "() => performance.getEntriesByType('resource').filter(e => e.name.includes('v-r=uidl'))"
                            + ".slice(-10).map(e => Math.round(e.responseEnd - e.startTime))"));
            System.out.println("key → updateSpans called, ms: " + page.evaluate("() => window.__gsUpdateAt"));
            System.out.println("UIDL server+network ms of the last accepts: " + page.evaluate(
                    "() => performance.getEntriesByType('resource').filter(e => e.name.includes('v-r=uidl'))"
                            + ".slice(-10).map(e => Math.round(e.responseEnd - e.startTime))"));
            report(article, opens, inApp, accepts, eventAccepts, bare);
        }
    }

    private List<Double> roundTrips(Page page) {
        page.navigate(url("/benchmark/round-trip"));
        page.waitForSelector("#bare-button");
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < ROUND_TRIPS; i++) {
            times.add(((Number) page.evaluate(CLICK_AND_WAIT)).doubleValue());
        }
        return times;
    }

    /** Presses "a" (accept) and resolves when one more span is drawn as accepted. */
    static final String ACCEPT_AND_WAIT = """
            () => new Promise(resolve => {
              const root = document.querySelector('goldset-annotated-text');
              const before = root.querySelectorAll('mark.gs-accepted').length;
              const start = performance.now();
              if (!root.__wrapped) {
                const original = root.updateSpans.bind(root);
                root.updateSpans = (a, b) => { window.__gsLast = performance.now(); return original(a, b); };
                root.__wrapped = true;
              }
              const observer = new MutationObserver(() => {
                if (root.querySelectorAll('mark.gs-accepted').length > before) {
                  (window.__gsUpdateAt = window.__gsUpdateAt || []).push(
                      Math.round(window.__gsLast - start) + '/' + Math.round(performance.now() - start));
                  observer.disconnect();
                  resolve(performance.now() - start);
                }
              });
              observer.observe(root, {subtree: true, childList: true, attributes: true});
              document.body.dispatchEvent(new KeyboardEvent('keydown', {key: 'a', code: 'KeyA', bubbles: true}));
            })""";

    /** On the Events tab, presses "a" and resolves when one more event card is drawn as accepted. */
    static final String ACCEPT_EVENT_AND_WAIT = """
            () => new Promise(resolve => {
              const accepted = () => document.querySelectorAll('.gs-event-card.gs-status-ACCEPTED').length;
              const before = accepted();
              const start = performance.now();
              const observer = new MutationObserver(() => {
                if (accepted() > before) {
                  observer.disconnect();
                  resolve(performance.now() - start);
                }
              });
              observer.observe(document.body, {subtree: true, childList: true, attributes: true});
              document.body.dispatchEvent(new KeyboardEvent('keydown', {key: 'a', code: 'KeyA', bubbles: true}));
            })""";

    /** Clicks the bare button and resolves when the server's new text is in the DOM. */
    static final String CLICK_AND_WAIT = """
            () => new Promise(resolve => {
              const counter = document.getElementById('counter');
              const before = counter.textContent;
              const start = performance.now();
              const observer = new MutationObserver(() => {
                if (counter.textContent !== before) {
                  observer.disconnect();
                  resolve(performance.now() - start);
                }
              });
              observer.observe(counter, {subtree: true, childList: true, characterData: true});
              document.getElementById('bare-button').click();
            })""";

    /** About 50,000 characters of real news text (the seeds, repeated) with 2,000 pending suggestions. */
    private Document longArticle() throws IOException {
        String body = seedsText("Long briefing\n\n", TARGET_CHARS);
        String id = "benchmark-" + System.nanoTime();
        Document document = documents.addDocument(new Document(id, "Long briefing", body, id, Instant.now()));
        TextOffsets offsets = new TextOffsets(body);
        List<EntityDraft> drafts = new ArrayList<>();
        Matcher word = Pattern.compile("\\b(?:[A-Z][a-z]+|[a-z]{5,})\\b").matcher(body);
        while (drafts.size() < SUGGESTIONS && word.find()) {
            drafts.add(new EntityDraft(null, new Span(offsets.toCodePoints(word.start()), offsets.toCodePoints(word.end())),
                    drafts.size() % 2 == 0 ? "PERSON" : "ORGANIZATION", ReviewState.pending(),
                    Origin.engine("benchmark", "1", 0.5), null, null));
        }
        if (drafts.size() != SUGGESTIONS) {
            throw new IllegalStateException("only " + drafts.size() + " words to annotate in the benchmark article");
        }
        // Every sixth suggestion is the trigger of an event with the next two as arguments.
        List<EventDraft> events = new ArrayList<>();
        for (int i = 0; events.size() < EVENTS; i += 6) {
            events.add(new EventDraft(null, "MEET", drafts.get(i).span(), ReviewState.pending(),
                    Origin.engine("benchmark", "1", 0.5), java.util.Map.of(), List.of(
                    new EventDraft.ArgumentDraft("Participant", "e" + (i + 1), ReviewState.pending(),
                            Origin.engine("benchmark", "1", 0.5)),
                    new EventDraft.ArgumentDraft("Participant", "e" + (i + 2), ReviewState.pending(),
                            Origin.engine("benchmark", "1", 0.5)))));
        }
        List<EntityDraft> keyed = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            EntityDraft draft = drafts.get(i);
            keyed.add(new EntityDraft("e" + i, draft.span(), draft.label(), draft.review(), draft.origin(), null, null));
        }
        annotations.storeAnnotations(document.getId(), keyed, events, "benchmark");
        return document;
    }

    private void report(Document article, List<Double> opens, List<Double> inApp, List<Double> accepts,
                        List<Double> eventAccepts, List<Double> bare) throws IOException {
        String result = String.format(Locale.ENGLISH, """
                | measure (%d-character article, %d suggestions) | p50 ms | p95 ms | runs |
                |---|---|---|---|
                | open by URL (full page load → text, spans and list drawn) | %.0f | %.0f | %d |
                | open from the documents list (click → text, spans and list drawn) | %.0f | %.0f | %d |
                | accept from the keyboard (key → span redrawn as accepted) | %.1f | %.1f | %d |
                | accept an event from the keyboard, %d events (key → card redrawn as accepted) | %.1f | %.1f | %d |
                | bare Vaadin button round trip (click → text updated) | %.1f | %.1f | %d |
                """, article.getTextLength(), SUGGESTIONS, percentile(opens, 50), percentile(opens, 95), opens.size(),
                percentile(inApp, 50), percentile(inApp, 95), inApp.size(),
                percentile(accepts, 50), percentile(accepts, 95), accepts.size(),
                EVENTS, percentile(eventAccepts, 50), percentile(eventAccepts, 95), eventAccepts.size(),
                percentile(bare, 50), percentile(bare, 95), bare.size());
        System.out.println(result);
        Path out = Path.of("target/benchmarks/review.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, result);
    }

    /** {@code chars} characters of real news text: {@code start}, then the seeds over and over. */
    static String seedsText(String start, int chars) throws IOException {
        StringBuilder text = new StringBuilder(start);
        List<Path> seeds;
        try (var files = Files.list(TestDatabase.seeds())) {
            seeds = files.sorted().toList();
        }
        for (int i = 0; text.length() < chars; i++) {
            text.append(Files.readString(seeds.get(i % seeds.size()))).append("\n\n");
        }
        return text.substring(0, chars);
    }

    static double percentile(List<Double> values, int percentile) {
        List<Double> sorted = values.stream().sorted().toList();
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
