package org.goldset.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import com.sun.net.httpserver.HttpServer;
import org.goldset.base.GoldsetProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real Stanford CoreNLP server, started from the CoreNLP jar in a second JVM on a loopback port,
 * gives the same analysis as the in-process pipeline; dead and hanging servers are skipped or named.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CoreNlpServerPoolTest {

    /** Emoji before entities and a relative date, so offsets and SUTime's document date both matter. */
    private static final String ARTICLE = """
            🇮🇷 Iranian Commander Meets Hezbollah Chief 🔥

            TEHRAN — Gen. Qassem Soleimani 😢 met Hassan Nasrallah in Beirut on Tuesday. The Islamic \
            Revolutionary Guard Corps said Iranian drones and ballistic missiles had struck Ain al-Asad Air Base \
            in Iraq last week. Secretary of State Mike Pompeo said the United States would respond.
            """;
    private static final LocalDate PUBLISHED = LocalDate.of(2020, 1, 7);

    private Process server;
    private URI serverUrl;
    private final CoreNlpAnalyzer inProcess = new CoreNlpAnalyzer();

    @BeforeAll
    void startServer(@TempDir Path folder) throws Exception {
        int port = freePort();
        String java = ProcessHandle.current().info().command().orElse("java");
        Path log = folder.resolve("corenlp-server.log");
        server = new ProcessBuilder(java, "-Xmx3g", "-cp", System.getProperty("java.class.path"),
                "edu.stanford.nlp.pipeline.StanfordCoreNLPServer", "-port", String.valueOf(port),
                "-timeout", "120000", "-threads", "2")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        serverUrl = URI.create("http://127.0.0.1:" + port);
        awaitReady(serverUrl, log);
    }

    @AfterAll
    void stopServer() throws InterruptedException {
        if (server != null) {
            server.destroy();
            if (!server.waitFor(20, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    @Test
    void a_corenlp_server_gives_the_same_analysis_as_the_pipeline_in_this_process() throws IOException {
        CoreNlpAnalyzer onServer = analyzerOn(List.of(serverUrl), Duration.ofSeconds(120));
        String seed = Files.readString(Path.of("seeds", "000_58c3ede30341f408.txt"));
        for (String text : List.of(ARTICLE, seed)) {
            for (boolean dependencies : List.of(false, true)) {
                DocumentAnalysis local = inProcess.analyze(7, text, PUBLISHED, dependencies);
                DocumentAnalysis remote = onServer.analyze(7, text, PUBLISHED, dependencies);
                assertThat(remote.sentences()).isEqualTo(local.sentences());
                assertThat(remote.nerMentions()).isEqualTo(local.nerMentions());
                assertThat(local.nerMentions()).isNotEmpty();
            }
        }
        DocumentAnalysis article = onServer.analyze(7, ARTICLE, PUBLISHED, true);
        assertThat(article.nerMentions()).anySatisfy(mention -> {
            assertThat(mention.text()).isEqualTo("Qassem Soleimani");
            // Code points: the flag is two, the grimace one, before the name.
            assertThat(ARTICLE.codePoints().skip(mention.start()).limit(16)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString())
                    .isEqualTo("Qassem Soleimani");
        });
    }

    @Test
    void a_server_that_refuses_is_skipped_and_the_next_one_analyses() throws IOException {
        URI dead = URI.create("http://127.0.0.1:" + freePort());
        CoreNlpAnalyzer pool = analyzerOn(List.of(dead, serverUrl), Duration.ofSeconds(120));
        for (int i = 0; i < 3; i++) {
            assertThat(pool.analyze(1, ARTICLE, PUBLISHED, false).nerMentions()).isNotEmpty();
        }
        pool.warmUp(false); // one ready server is enough
    }

    @Test
    void when_no_server_answers_the_error_names_each_server_and_why() throws Exception {
        URI dead = URI.create("http://127.0.0.1:" + freePort());
        HttpServer hanging = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        CountDownLatch release = new CountDownLatch(1);
        hanging.createContext("/", exchange -> {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        hanging.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        hanging.start();
        URI slow = URI.create("http://127.0.0.1:" + hanging.getAddress().getPort());
        try {
            CoreNlpAnalyzer pool = analyzerOn(List.of(dead, slow), Duration.ofSeconds(1));
            assertThatThrownBy(() -> pool.analyze(1, ARTICLE, PUBLISHED, false))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(dead + ": connection refused")
                    .hasMessageContaining(slow + ": did not answer within 1 s");
            assertThatThrownBy(() -> pool.warmUp(false))
                    .hasMessageStartingWith("no CoreNLP server is ready")
                    .hasMessageContaining(dead.toString());

            CoreNlpAnalyzer withLiveServer = analyzerOn(List.of(slow, serverUrl), Duration.ofSeconds(60));
            assertThat(withLiveServer.analyze(1, ARTICLE, PUBLISHED, false).nerMentions()).isNotEmpty();
        } finally {
            release.countDown();
            hanging.stop(0);
        }
    }

    @Test
    void an_answer_that_is_not_a_corenlp_document_is_a_failure_not_an_empty_analysis() throws Exception {
        HttpServer wrong = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        wrong.createContext("/", exchange -> {
            byte[] page = "<html>proxy login</html>".getBytes();
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        wrong.start();
        try {
            URI url = URI.create("http://127.0.0.1:" + wrong.getAddress().getPort());
            CoreNlpAnalyzer pool = analyzerOn(List.of(url), Duration.ofSeconds(10));
            assertThatThrownBy(() -> pool.analyze(1, ARTICLE, PUBLISHED, false))
                    .hasMessageContaining(url + ": sent an answer that is not a CoreNLP document");
        } finally {
            wrong.stop(0);
        }
    }

    @Test
    void without_servers_the_analysis_runs_in_this_process() {
        CoreNlpAnalyzer analyzer = analyzerOn(List.of(), Duration.ofSeconds(120));
        assertThat(analyzer.parallelism()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(analyzerOn(List.of(serverUrl, serverUrl), Duration.ofSeconds(1)).parallelism()).isEqualTo(4);
    }

    private static CoreNlpAnalyzer analyzerOn(List<URI> servers, Duration timeout) {
        return new CoreNlpAnalyzer(new GoldsetProperties("db", "", "", null, null,
                new GoldsetProperties.CoreNlp(servers, timeout), null, null, null, null, null, null));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private void awaitReady(URI url, Path log) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("the CoreNLP server exited: " + Files.readString(log));
            }
            try {
                HttpResponse<String> ready = http.send(HttpRequest.newBuilder(URI.create(url + "/ready")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the CoreNLP server did not start in 90 s: " + Files.readString(log));
    }
}
