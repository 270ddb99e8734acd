package org.goldset.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import com.microsoft.playwright.Page;
import org.goldset.AsAdministrator;
import org.goldset.TestDatabase;
import org.goldset.TestUsers;
import org.goldset.corpus.Document;
import org.goldset.corpus.DocumentService;
import org.goldset.importing.CorpusImporter;
import org.goldset.suggestion.SuggestionRunner;
import org.goldset.user.Role;
import org.goldset.user.UserAccounts;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Twenty analysts deciding at once (issue 13): twenty logged-in browser sessions, four on each of
 * the five seed articles with their suggestions, each accepting or rejecting from the keyboard at a
 * quick human pace. Measures, per decision, the key press → the article redrawn, and counts
 * SQLITE_BUSY in the server's log and decisions missing from the database. The same loop run by one
 * analyst alone, first, is the baseline. Not part of the test suite: run with
 * {@code ./mvnw test -Dgroups=benchmark -DexcludedGroups= -Dtest=TeamBenchmark}; results go to
 * stdout and target/benchmarks/team.md.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vaadin.productionMode=true", "goldset.suggestion.engines=learned,gazetteer,patterns"})
@AsAdministrator
class TeamBenchmark {

    static final int ANALYSTS = 20;
    static final int DECISIONS_EACH = 30;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    /** Server-side wall time of every Vaadin request (UIDL), from entering the servlet filters to leaving them. */
    static final List<Double> SERVER_TIMES = java.util.Collections.synchronizedList(new ArrayList<>());

    @org.springframework.boot.test.context.TestConfiguration
    static class ServerTiming {
        @org.springframework.context.annotation.Bean
        org.springframework.boot.web.servlet.FilterRegistrationBean<jakarta.servlet.Filter> uidlTiming() {
            jakarta.servlet.Filter timing = (request, response, chain) -> {
                long started = System.nanoTime();
                try {
                    chain.doFilter(request, response);
                } finally {
                    String query = ((jakarta.servlet.http.HttpServletRequest) request).getQueryString();
                    if (query != null && query.contains("v-r=uidl")) {
                        SERVER_TIMES.add((System.nanoTime() - started) / 1e6);
                    }
                }
            };
            org.springframework.boot.web.servlet.FilterRegistrationBean<jakarta.servlet.Filter> registration =
                    new org.springframework.boot.web.servlet.FilterRegistrationBean<>(timing);
            registration.setOrder(Integer.MIN_VALUE);
            return registration;
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    org.goldset.assignment.Assignments assignments;
    @Autowired
    UserAccounts users;
    @Autowired
    CorpusImporter importer;
    @Autowired
    SuggestionRunner suggestions;
    @Autowired
    DocumentService documents;
    @Autowired
    JdbcTemplate jdbc;

    /** Presses "a" (every third time "r") after a pause, until the number of pending marks drops; records the time. */
    static final String DECIDE_IN_A_LOOP = """
            (count) => {
              window.__latencies = [];
              window.__roundTrips = [];
              window.__done = false;
              performance.setResourceTimingBufferSize(10000);
              const root = document.querySelector('goldset-annotated-text');
              const pending = () => root.querySelectorAll('mark.gs-pending').length;
              const decide = (index) => new Promise(resolve => {
                const before = pending();
                if (before === 0) { resolve(null); return; }
                const key = index % 3 === 2 ? 'r' : 'a';
                const start = performance.now();
                const observer = new MutationObserver(() => {
                  if (pending() < before) {
                    observer.disconnect();
                    const took = performance.now() - start;
                    // The request that carried the key: its time from sending to the last byte of the answer.
                    const sent = performance.getEntriesByType('resource')
                        .filter(entry => entry.name.includes('v-r=uidl') && entry.startTime >= start);
                    if (sent.length > 0) window.__roundTrips.push(sent[0].responseEnd - sent[0].startTime);
                    resolve(took);
                  }
                });
                observer.observe(root, {subtree: true, childList: true, attributes: true});
                document.body.dispatchEvent(new KeyboardEvent('keydown', {key, code: 'Key' + key.toUpperCase(), bubbles: true}));
              });
              (async () => {
                for (let i = 0; i < count; i++) {
                  await new Promise(wait => setTimeout(wait, 150 + Math.random() * 300));
                  const took = await decide(i);
                  if (took === null) break;
                  window.__latencies.push(took);
                }
                window.__done = true;
              })();
            }""";

    @Test
    void twenty_analysts_at_once() throws IOException {
        importer.importPaths(List.of(TestDatabase.seeds()), CorpusImporter.ImportProgress.NONE);
        suggestions.suggestAll(progress -> { });
        List<Document> articles = jdbc.queryForList("SELECT id FROM document ORDER BY id", Long.class).stream()
                .map(id -> documents.findDocument(id).orElseThrow()).toList();
        for (int i = 0; i <= ANALYSTS; i++) {
            TestUsers.ensure(users, name(i), Role.ANALYST);
        }
        // Analysts open the articles assigned to them: four to each article, the baseline's own to the fifth.
        for (int i = 0; i <= ANALYSTS; i++) {
            long article = articles.get(i == 0 ? 4 : i % articles.size()).getId();
            String analyst = name(i);
            TestUsers.asAdministrator(() -> assignments.assign(List.of(article), List.of(analyst)));
        }
        AtomicInteger busy = countInLog("SQLITE_BUSY");
        AtomicInteger errors = countInLog(null);
        try (Chromium chromium = new Chromium()) {
            // Baseline: one analyst alone, the same loop.
            Page alone = chromium.newPageAs(url(""), name(0), 1440, 900);
            List<Double> baselineTrips = new ArrayList<>();
            SERVER_TIMES.clear();
            List<Double> baseline = run(List.of(alone), List.of(articles.get(4)), baselineTrips);
            List<Double> serverAlone = new ArrayList<>(SERVER_TIMES);
            alone.close();

            List<Page> pages = new ArrayList<>();
            List<Document> theirs = new ArrayList<>();
            for (int i = 1; i <= ANALYSTS; i++) {
                pages.add(chromium.newPageAs(url(""), name(i), 1024, 768));
                theirs.add(articles.get(i % articles.size()));
            }
            long started = System.nanoTime();
            SERVER_TIMES.clear();
            List<Double> teamTrips = new ArrayList<>();
            List<Double> team = run(pages, theirs, teamTrips);
            double seconds = (System.nanoTime() - started) / 1e9;
            List<Double> server = new ArrayList<>(SERVER_TIMES);
            int stored = jdbc.queryForObject("SELECT count(*) FROM decision WHERE actor LIKE 'analyst-%' AND actor <> ?",
                    Integer.class, name(0));
            report(baseline, team, baselineTrips, teamTrips, seconds, stored, busy.get(), errors.get());
            appendServerTimes(serverAlone, server);
        }
    }

    /** Opens each page's article, starts every loop, and waits for all of them; the decision times. */
    private List<Double> run(List<Page> pages, List<Document> articles) {
        return run(pages, articles, new ArrayList<>());
    }

    /** The same, also gathering each decision's request round trip (sent → answer received). */
    private List<Double> run(List<Page> pages, List<Document> articles, List<Double> roundTrips) {
        for (int i = 0; i < pages.size(); i++) {
            pages.get(i).navigate(url("/review/" + articles.get(i).getId()));
            pages.get(i).waitForSelector("goldset-annotated-text mark.gs-pending");
            pages.get(i).keyboard().press("j");
        }
        pages.forEach(page -> page.evaluate(DECIDE_IN_A_LOOP, DECISIONS_EACH));
        List<Double> latencies = new ArrayList<>();
        for (Page page : pages) {
            page.waitForFunction("() => window.__done === true", null,
                    new Page.WaitForFunctionOptions().setTimeout(600_000));
            @SuppressWarnings("unchecked")
            List<Number> measured = (List<Number>) page.evaluate("() => window.__latencies");
            measured.forEach(value -> latencies.add(value.doubleValue()));
            @SuppressWarnings("unchecked")
            List<Number> trips = (List<Number>) page.evaluate("() => window.__roundTrips");
            trips.forEach(value -> roundTrips.add(value.doubleValue()));
        }
        return latencies;
    }

    /** Counts log events mentioning the text (null: every ERROR) while the benchmark runs. */
    static AtomicInteger countInLog(String text) {
        AtomicInteger count = new AtomicInteger();
        AppenderBase<ILoggingEvent> appender = new AppenderBase<>() {
            @Override
            protected void append(ILoggingEvent event) {
                String all = event.getFormattedMessage() + (event.getThrowableProxy() == null ? ""
                        : " " + event.getThrowableProxy().getClassName() + " " + event.getThrowableProxy().getMessage());
                if (text == null ? event.getLevel().toInt() >= ch.qos.logback.classic.Level.ERROR_INT : all.contains(text)) {
                    count.incrementAndGet();
                }
            }
        };
        appender.start();
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(appender);
        return count;
    }

    private void report(List<Double> baseline, List<Double> team, List<Double> baselineTrips, List<Double> teamTrips,
                        double seconds, int stored, int busy, int errors) throws IOException {
        double p95 = ReviewBenchmark.percentile(team, 95);
        String result = String.format(Locale.ENGLISH, """
                | measure (seed articles with suggestions, production mode) | decisions | p50 ms | p95 ms | max ms |
                |---|---|---|---|---|
                | 1 analyst alone (baseline, same loop) | %d | %.1f | %.1f | %.1f |
                | %d analysts at once, 4 per article, each in their own layer | %d | %.1f | %.1f | %.1f |
                | request round trip alone (key's request sent → answer received) | %d | %.1f | %.1f | %.1f |
                | request round trip, %d analysts at once | %d | %.1f | %.1f | %.1f |

                p95 with %d analysts ÷ p95 alone: %.2f. %d decisions in %.1f s (%.1f per second). SQLITE_BUSY in the log: %d;
                errors logged: %d; decisions stored in the history: %d of %d made.
                """, baseline.size(), ReviewBenchmark.percentile(baseline, 50), ReviewBenchmark.percentile(baseline, 95),
                baseline.stream().mapToDouble(Double::doubleValue).max().orElse(0),
                ANALYSTS, team.size(), ReviewBenchmark.percentile(team, 50), p95,
                team.stream().mapToDouble(Double::doubleValue).max().orElse(0),
                baselineTrips.size(), ReviewBenchmark.percentile(baselineTrips, 50),
                ReviewBenchmark.percentile(baselineTrips, 95), baselineTrips.stream().mapToDouble(Double::doubleValue).max().orElse(0),
                ANALYSTS, teamTrips.size(), ReviewBenchmark.percentile(teamTrips, 50), ReviewBenchmark.percentile(teamTrips, 95),
                teamTrips.stream().mapToDouble(Double::doubleValue).max().orElse(0),
                ANALYSTS, p95 / ReviewBenchmark.percentile(baseline, 95), team.size(), seconds, team.size() / seconds,
                busy, errors, stored, team.size());
        System.out.println(result);
        Path out = Path.of("target/benchmarks/team.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, result);
    }

    /** Every Vaadin request (decisions, and the polls and page loads around them) as the server timed it. */
    private static void appendServerTimes(List<Double> alone, List<Double> team) throws IOException {
        String result = String.format(Locale.ENGLISH, """
                | server time of every Vaadin request (filter in → out) | requests | p50 ms | p95 ms |
                |---|---|---|---|
                | 1 analyst alone | %d | %.1f | %.1f |
                | %d analysts at once | %d | %.1f | %.1f |
                """, alone.size(), ReviewBenchmark.percentile(alone, 50), ReviewBenchmark.percentile(alone, 95),
                ANALYSTS, team.size(), ReviewBenchmark.percentile(team, 50), ReviewBenchmark.percentile(team, 95));
        System.out.println(result);
        Files.writeString(Path.of("target/benchmarks/team.md"), "\n" + result, java.nio.file.StandardOpenOption.APPEND);
    }

    static String name(int index) {
        return String.format(Locale.ROOT, "analyst-%02d", index);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
