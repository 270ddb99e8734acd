package org.goldset.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import org.goldset.AsAdministrator;
import org.goldset.TestDatabase;
import org.goldset.TestUsers;
import org.goldset.assignment.Assignments;
import org.goldset.importing.CorpusImporter;
import org.goldset.suggestion.SuggestionRunner;
import org.goldset.user.Role;
import org.goldset.user.UserAccounts;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Twenty analysts deciding at once, as twenty HTTP-level Vaadin clients ({@link VaadinHttpClient})
 * instead of twenty browsers: on a two-core machine twenty Chromium pages take the cores the server
 * needs, so {@link TeamBenchmark} measures the machine more than Goldset. Chromium only logs each
 * analyst in and is closed before anything is measured. Each client opens the article assigned to
 * it, presses "j", then "a" (every third time "r") thirty times at a quick human pace (150–450 ms
 * between decisions); a decision's time is its request's round trip, key sent → the server's answer
 * (the redraw it orders) received. One analyst alone, first, is the baseline. Checks that every
 * answer carries the decided status, that every decision is in the database, and counts SQLITE_BUSY
 * and errors in the log. Run with
 * {@code ./mvnw test -Dgroups=benchmark -DexcludedGroups= -Dtest=TeamHttpBenchmark}; results go to
 * stdout and target/benchmarks/team-http.md.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vaadin.productionMode=true", "goldset.suggestion.engines=learned,gazetteer,patterns"})
@Import(TeamBenchmark.ServerTiming.class)
@AsAdministrator
class TeamHttpBenchmark {

    static final int ANALYSTS = TeamBenchmark.ANALYSTS;
    static final int DECISIONS_EACH = TeamBenchmark.DECISIONS_EACH;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    Assignments assignments;
    @Autowired
    UserAccounts users;
    @Autowired
    CorpusImporter importer;
    @Autowired
    SuggestionRunner suggestions;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void twenty_http_clients_at_once() throws Exception {
        importer.importPaths(List.of(TestDatabase.seeds()), CorpusImporter.ImportProgress.NONE);
        suggestions.suggestAll(progress -> { });
        List<Long> articles = jdbc.queryForList("SELECT id FROM document ORDER BY id", Long.class);
        List<String> cookies = new ArrayList<>();
        try (Chromium chromium = new Chromium()) {
            for (int i = 0; i <= ANALYSTS; i++) {
                String analyst = TeamBenchmark.name(i);
                TestUsers.ensure(users, analyst, Role.ANALYST);
                long article = articles.get(i == 0 ? 4 : i % articles.size());
                TestUsers.asAdministrator(() -> assignments.assign(List.of(article), List.of(analyst)));
                Page page = chromium.newPageAs(url(), analyst, 1024, 768);
                Cookie session = page.context().cookies().stream().filter(cookie -> cookie.name.equals("JSESSIONID"))
                        .findFirst().orElseThrow();
                cookies.add(session.name + "=" + session.value);
                page.close();
            }
        }
        AtomicInteger busy = TeamBenchmark.countInLog("SQLITE_BUSY");
        AtomicInteger errors = TeamBenchmark.countInLog(null);
        AtomicInteger unseen = new AtomicInteger();

        TeamBenchmark.SERVER_TIMES.clear();
        List<Double> baseline = run(List.of(cookies.get(0)), List.of(articles.get(4)), unseen);
        List<Double> serverAlone = new ArrayList<>(TeamBenchmark.SERVER_TIMES);

        List<Long> theirs = new ArrayList<>();
        for (int i = 1; i <= ANALYSTS; i++) {
            theirs.add(articles.get(i % articles.size()));
        }
        TeamBenchmark.SERVER_TIMES.clear();
        long started = System.nanoTime();
        List<Double> team = run(cookies.subList(1, cookies.size()), theirs, unseen);
        double seconds = (System.nanoTime() - started) / 1e9;
        List<Double> server = new ArrayList<>(TeamBenchmark.SERVER_TIMES);
        int stored = jdbc.queryForObject("SELECT count(*) FROM decision WHERE actor LIKE 'analyst-%'"
                + " AND action IN ('ACCEPT', 'REJECT')", Integer.class);

        report(baseline, team, serverAlone, server, seconds, stored, busy.get(), errors.get(), unseen.get());
        assertThat(stored).isEqualTo(baseline.size() + team.size());
        assertThat(unseen.get()).isZero();
    }

    /** Each client on its own thread: open the article, "j", then the decisions; every decision's time. */
    private List<Double> run(List<String> cookies, List<Long> articles, AtomicInteger unseen) throws Exception {
        List<Double> times = Collections.synchronizedList(new ArrayList<>());
        ExecutorService threads = Executors.newFixedThreadPool(cookies.size());
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < cookies.size(); i++) {
            VaadinHttpClient client = new VaadinHttpClient(url(), cookies.get(i));
            long article = articles.get(i);
            running.add(threads.submit(() -> {
                client.open("review/" + article);
                client.press("j");
                for (int decision = 0; decision < DECISIONS_EACH; decision++) {
                    Thread.sleep(150 + ThreadLocalRandom.current().nextInt(300));
                    String key = decision % 3 == 2 ? "r" : "a";
                    long sent = System.nanoTime();
                    String answer = client.press(key);
                    times.add((System.nanoTime() - sent) / 1e6);
                    // The answer redraws the article with the decided status: what the analyst would see.
                    if (!answer.contains(key.equals("a") ? "ACCEPTED" : "REJECTED")) {
                        unseen.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> client : running) {
            client.get();
        }
        threads.shutdown();
        return times;
    }

    private static void report(List<Double> baseline, List<Double> team, List<Double> serverAlone, List<Double> server,
                               double seconds, int stored, int busy, int errors, int unseen) throws IOException {
        String result = String.format(Locale.ENGLISH, """
                | decision time, HTTP-level Vaadin clients (key sent → answer received) | decisions | p50 ms | p95 ms | max ms |
                |---|---|---|---|---|
                | 1 analyst alone (baseline, same loop) | %d | %.1f | %.1f | %.1f |
                | %d analysts at once, 4 per article, each in their own layer | %d | %.1f | %.1f | %.1f |
                | server time of every Vaadin request, alone | %d | %.1f | %.1f | |
                | server time of every Vaadin request, %d at once | %d | %.1f | %.1f | |

                p95 with %d analysts ÷ p95 alone: %.2f. %d decisions in %.1f s (%.1f per second). SQLITE_BUSY in the log: %d;
                errors logged: %d; answers without the decided status: %d; decisions stored in the history: %d of %d made.
                """, baseline.size(), ReviewBenchmark.percentile(baseline, 50), ReviewBenchmark.percentile(baseline, 95),
                max(baseline), ANALYSTS, team.size(), ReviewBenchmark.percentile(team, 50),
                ReviewBenchmark.percentile(team, 95), max(team),
                serverAlone.size(), ReviewBenchmark.percentile(serverAlone, 50), ReviewBenchmark.percentile(serverAlone, 95),
                ANALYSTS, server.size(), ReviewBenchmark.percentile(server, 50), ReviewBenchmark.percentile(server, 95),
                ANALYSTS, ReviewBenchmark.percentile(team, 95) / ReviewBenchmark.percentile(baseline, 95), team.size(),
                seconds, team.size() / seconds, busy, errors, unseen, stored, baseline.size() + team.size());
        System.out.println(result);
        Path out = Path.of("target/benchmarks/team-http.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, result);
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }

    private String url() {
        return "http://127.0.0.1:" + port;
    }
}
