package org.goldset.suggestion.engine.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import com.sun.net.httpserver.HttpServer;
import org.goldset.AsAdministrator;
import org.goldset.TestDatabase;
import org.goldset.base.Json;
import org.goldset.corpus.DocumentService;
import org.goldset.importing.CorpusImporter;
import org.goldset.suggestion.SuggestionRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A Label Studio ML backend on a loopback port (a real HTTP server, not a mock of the client) used as
 * an engine beside the gazetteer: its spans arrive with its model version and code-point offsets;
 * stopped, slow or talking nonsense, it leaves a clear message and the gazetteer's work and its own
 * earlier suggestions in place.
 */
@SpringBootTest(properties = "goldset.suggestion.engines=gazetteer,ml")
@AsAdministrator
class HttpEngineTest {

    static final String TEXT = "🇺🇦 Kyiv said Zelenskyy met 👍🏽 Erdoğan in Istanbul.";
    static volatile String mode = "good";
    static final List<JsonNode> requests = new CopyOnWriteArrayList<>();
    static final HttpServer backend = start();

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
        // A list binds from one property source: every entry of the engine is given here.
        registry.add("goldset.http-engines[0].id", () -> "ml");
        registry.add("goldset.http-engines[0].url", () -> "http://127.0.0.1:" + backend.getAddress().getPort());
        registry.add("goldset.http-engines[0].timeout", () -> "2s");
        registry.add("goldset.http-engines[0].batch-size", () -> "2");
        registry.add("goldset.http-engines[0].labels.PER", () -> "PERSON");
        registry.add("goldset.http-engines[0].labels.LOC", () -> "GPE");
    }

    @Autowired
    CorpusImporter importer;
    @Autowired
    DocumentService documents;
    @Autowired
    SuggestionRunner runner;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path folder;

    @AfterAll
    static void stop() {
        backend.stop(0);
    }

    @Test
    void the_backends_spans_arrive_with_its_model_version_and_an_outage_keeps_everyones_work() throws Exception {
        Path article = Files.writeString(folder.resolve("kyiv.txt"), TEXT);
        Path second = Files.writeString(folder.resolve("doha.txt"), "Talks in Doha went on.");
        Path third = Files.writeString(folder.resolve("gaza.txt"), "Aid reached Gaza.");
        importer.importPaths(List.of(article, second, third), CorpusImporter.ImportProgress.NONE);
        long id = jdbc.queryForObject("SELECT id FROM document WHERE text = ?", Long.class, TEXT);
        List<Long> all = jdbc.queryForList("SELECT id FROM document ORDER BY id", Long.class);

        SuggestionRunner.RunReport first = runner.suggest(all, progress -> { });
        assertThat(first.engineProblems()).isEmpty();
        // Three articles, two to a request (batch-size 2): two calls.
        assertThat(requests).hasSize(2);
        assertThat(requests.stream().map(request -> request.get("tasks").size()).toList()).containsExactly(2, 1);
        JsonNode sent = requests.stream().filter(request -> request.toString().contains("Zelenskyy")).findFirst()
                .orElseThrow();
        assertThat(sent.get("tasks").get(0).get("data").get("text").asString()).isEqualTo(TEXT);
        assertThat(sent.get("label_config").asString()).contains("<Label value=\"PERSON\"/>", "<Label value=\"PER\"/>");
        // PER → PERSON in code points; a span whose text does not match and an unknown label are dropped.
        assertThat(suggestions("ml")).containsExactly("PERSON " + cp("Zelenskyy") + " spacy-ner-3.7");
        // LOC → GPE, sent in UTF-16 units and converted: the gazetteer (first in priority) agrees, so the
        // suggestion is the gazetteer's with the backend in its provenance, at the same code points.
        String istanbul = jdbc.queryForObject("SELECT engines FROM entity_mention WHERE layer = '@base' AND label = 'GPE'"
                + " AND start_offset = ?", String.class, TEXT.codePointCount(0, TEXT.indexOf("Istanbul")));
        assertThat(istanbul).contains("\"engine\":\"ml\",\"version\":\"spacy-ner-3.7\",\"label\":\"GPE\",\"start\":"
                + cp("Istanbul").replace("-", ",\"end\":"));
        List<String> gazetteer = suggestions("gazetteer");
        assertThat(gazetteer).isNotEmpty();

        mode = "down";
        backend.stop(0);
        SuggestionRunner.RunReport down = runner.suggest(List.of(id), progress -> { });
        assertThat(down.progress().failed()).isZero();
        assertThat(down.engineProblems()).singleElement().asString()
                .startsWith("engine 'ml' gave nothing for 1 document(s), its earlier suggestions kept: no answer from http://127.0.0.1:")
                .endsWith("/predict: nothing listens there (is the backend running?)");
        assertThat(down.summary()).contains("engine 'ml' gave nothing");
        assertThat(suggestions("ml")).containsExactly("PERSON " + cp("Zelenskyy") + " spacy-ner-3.7");
        assertThat(suggestions("gazetteer")).isEqualTo(gazetteer);
    }

    @Test
    void a_slow_or_nonsensical_backend_is_named_with_what_went_wrong() throws Exception {
        HttpEngineSettings.Engine settings = new HttpEngineSettings.Engine("ml", java.net.URI.create(
                "http://127.0.0.1:" + slowOrWrong().getAddress().getPort()), java.time.Duration.ofMillis(500), 1, Map.of());
        HttpEngine engine = new HttpEngine(settings, java.util.Set.of("PERSON"), java.util.Set.of());
        org.goldset.nlp.DocumentAnalysis analysis = new org.goldset.nlp.DocumentAnalysis(7,
                new org.goldset.text.TextOffsets("Some text."), null, List.of(), List.of());
        wrongMode = "slow";
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> engine.suggest(analysis))
                .isInstanceOf(org.goldset.suggestion.engine.EngineFailure.class).hasMessageEndingWith("did not answer within 0.5 s");
        wrongMode = "html";
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> engine.suggest(analysis))
                .hasMessageContaining("answered something unreadable");
        wrongMode = "no-results";
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> engine.suggest(analysis))
                .hasMessageContaining("the answer has no \"results\" list");
        wrongMode = "error";
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> engine.suggest(analysis))
                .hasMessageEndingWith("answered HTTP 500");
    }

    @Test
    void a_span_labelled_with_an_event_type_is_a_trigger_and_its_relations_are_arguments() throws Exception {
        String text = "🛰️ Russia struck Kherson on Monday.";
        int russia = text.codePointCount(0, text.indexOf("Russia"));
        int struck = text.codePointCount(0, text.indexOf("struck"));
        int kherson = text.codePointCount(0, text.indexOf("Kherson"));
        String answer = "{\"results\":[{\"model_version\":\"events-0.3\",\"result\":["
                + "{\"id\":\"a\",\"type\":\"labels\",\"value\":{\"start\":" + russia + ",\"end\":" + (russia + 6)
                + ",\"text\":\"Russia\",\"labels\":[\"GPE\"]}},"
                + "{\"id\":\"t\",\"type\":\"labels\",\"score\":0.7,\"value\":{\"start\":" + struck + ",\"end\":"
                + (struck + 6) + ",\"text\":\"struck\",\"labels\":[\"ATTACK\"]}},"
                + "{\"id\":\"k\",\"type\":\"labels\",\"value\":{\"start\":" + kherson + ",\"end\":" + (kherson + 7)
                + ",\"text\":\"Kherson\",\"labels\":[\"GPE\"]}},"
                + "{\"type\":\"relation\",\"from_id\":\"t\",\"to_id\":\"a\",\"labels\":[\"Attacker\"]},"
                + "{\"type\":\"relation\",\"from_id\":\"t\",\"to_id\":\"k\",\"labels\":[\"Target\"]},"
                + "{\"type\":\"relation\",\"from_id\":\"t\",\"to_id\":\"k\",\"labels\":[\"Spouse\"]}]}]}";
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/predict", exchange -> {
            exchange.getRequestBody().readAllBytes();
            reply(exchange, 200, answer);
        });
        server.start();
        try {
            org.goldset.schema.AnnotationSchema schema = org.goldset.schema.SchemaLoader.loadDefault();
            HttpEngine engine = new HttpEngine(new HttpEngineSettings.Engine("ev", java.net.URI.create(
                    "http://127.0.0.1:" + server.getAddress().getPort()), java.time.Duration.ofSeconds(5), 8, Map.of()),
                    java.util.Set.of("GPE"), java.util.Set.of("ATTACK"));
            HttpEventEngine events = new HttpEventEngine(engine, schema);
            org.goldset.nlp.DocumentAnalysis analysis = new org.goldset.nlp.DocumentAnalysis(9,
                    new org.goldset.text.TextOffsets(text), null, List.of(), List.of());
            // The entity side reads the answer once; the event side uses the same one.
            assertThat(engine.suggest(analysis)).extracting(suggestion -> suggestion.label()).containsExactly("GPE", "GPE");
            List<org.goldset.suggestion.engine.KnownEntity> known = List.of(
                    new org.goldset.suggestion.engine.KnownEntity(new org.goldset.text.Span(russia, russia + 6), "GPE"),
                    new org.goldset.suggestion.engine.KnownEntity(new org.goldset.text.Span(kherson, kherson + 7), "GPE"));
            List<org.goldset.suggestion.engine.EventProposal> proposals = events.suggest(analysis, known);
            assertThat(proposals).singleElement().satisfies(event -> {
                assertThat(event.type()).isEqualTo("ATTACK");
                assertThat(event.trigger()).isEqualTo(new org.goldset.text.Span(struck, struck + 6));
                // "Spouse" is no role of an attack: dropped.
                assertThat(event.arguments()).extracting(argument -> argument.role() + " " + argument.entity().span().start())
                        .containsExactlyInAnyOrder("Attacker " + russia, "Target " + kherson);
            });
            assertThat(events.version()).isEqualTo("events-0.3");
        } finally {
            server.stop(0);
        }
    }

    static volatile String wrongMode = "slow";

    private static HttpServer slowOrWrong() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/predict", exchange -> {
            exchange.getRequestBody().readAllBytes();
            try {
                switch (wrongMode) {
                    case "slow" -> {
                        Thread.sleep(2000);
                        reply(exchange, 200, "{\"results\":[]}");
                    }
                    case "html" -> reply(exchange, 200, "<html>Bad gateway</html>");
                    case "no-results" -> reply(exchange, 200, "{\"predictions\":[]}");
                    default -> reply(exchange, 500, "{}");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException closed) {
                // the client gave up first
            }
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        return server;
    }

    private List<String> suggestions(String engine) {
        return jdbc.queryForList("SELECT label || ' ' || start_offset || '-' || end_offset || ' ' || engine_version"
                + " FROM entity_mention WHERE engine_id = ? AND layer = '@base'", String.class, engine);
    }

    private static String cp(String word) {
        int start = TEXT.codePointCount(0, TEXT.indexOf(word));
        return start + "-" + (start + word.codePointCount(0, word.length()));
    }

    private static HttpServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/predict", exchange -> {
                JsonNode request = Json.MAPPER.readTree(exchange.getRequestBody().readAllBytes());
                requests.add(request);
                StringBuilder answer = new StringBuilder("{\"results\":[");
                for (JsonNode task : request.get("tasks")) {
                    String text = task.get("data").get("text").asString();
                    answer.append(answer.charAt(answer.length() - 1) == '[' ? "" : ",")
                            .append("{\"model_version\":\"spacy-ner-3.7\",\"score\":0.8,\"result\":[");
                    if (text.contains("Zelenskyy")) {
                        int zelenskyy = text.codePointCount(0, text.indexOf("Zelenskyy"));
                        int istanbulUnits = text.indexOf("Istanbul");
                        int erdogan = text.codePointCount(0, text.indexOf("Erdoğan"));
                        answer.append(span(zelenskyy, zelenskyy + 9, "Zelenskyy", "PER", "0.93"))
                                .append(",").append(span(istanbulUnits, istanbulUnits + 8, "Istanbul", "LOC", "0.9"))
                                .append(",").append(span(erdogan + 3, erdogan + 10, "Erdoğan", "PER", "0.9"))
                                .append(",").append(span(erdogan, erdogan + 7, "Erdoğan", "MISC", "0.9"))
                                .append(",{\"type\":\"relation\",\"from_id\":\"a\",\"to_id\":\"b\"}");
                    }
                    answer.append("]}");
                }
                reply(exchange, 200, answer.append("]}").toString());
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String span(int start, int end, String text, String label, String score) {
        return "{\"from_name\":\"label\",\"to_name\":\"text\",\"type\":\"labels\",\"score\":" + score
                + ",\"value\":{\"start\":" + start + ",\"end\":" + end + ",\"text\":\"" + text + "\",\"labels\":[\"" + label + "\"]}}";
    }

    private static void reply(com.sun.net.httpserver.HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
