package org.goldset.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.goldset.AsAdministrator;
import org.goldset.TestDatabase;
import org.goldset.TestUsers;
import org.goldset.base.Json;
import org.goldset.corpus.DocumentService;
import org.goldset.gold.FormatFixtures;
import org.goldset.importing.CorpusImporter;
import org.goldset.user.Role;
import org.goldset.user.UserAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** Deciding over HTTP: the caller's own layer, versions in If-Match, 409 when stale, the history kept. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "goldset.suggestion.engines=gazetteer")
@AsAdministrator
class EntitiesApiTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts users;
    @Autowired
    ApiTokens tokens;
    @Autowired
    CorpusImporter importer;
    @Autowired
    DocumentService documents;
    @Autowired
    org.goldset.assignment.Assignments assignments;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path folder;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void an_analyst_accepts_with_the_version_read_and_a_stale_version_is_refused() throws Exception {
        TestUsers.ensure(users, "bo", Role.ANALYST);
        TestUsers.ensure(users, "al", Role.ANALYST);
        long documentId = fixture();
        String token = tokens.create("al", "review script").token();

        // Not in al's queue yet.
        assertThat(call("POST", "/api/v1/documents/" + documentId + "/open", token, null, null).statusCode())
                .isEqualTo(404);
        assignments.assign(List.of(documentId), List.of("al"));
        HttpResponse<String> opened = call("POST", "/api/v1/documents/" + documentId + "/open", token, null, null);
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(200);
        assertThat(Json.MAPPER.readTree(opened.body()).get("layer").asString()).isEqualTo("al");

        JsonNode istanbul = entity(documentId, token, "Istanbul");
        assertThat(istanbul.get("status").asString()).isEqualTo("PENDING");
        int start = FormatFixtures.TEXT_1.codePointCount(0, FormatFixtures.TEXT_1.indexOf("Istanbul"));
        assertThat(istanbul.get("start").asInt()).isEqualTo(start);
        long id = istanbul.get("id").asLong();
        long version = istanbul.get("version").asLong();

        HttpResponse<String> noVersion = call("POST", "/api/v1/entities/" + id + "/decision", token, null,
                "{\"action\":\"accept\"}");
        assertThat(noVersion.statusCode()).isEqualTo(428);

        HttpResponse<String> accepted = call("POST", "/api/v1/entities/" + id + "/decision", token,
                "\"" + version + "\"", "{\"action\":\"accept\"}");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        JsonNode after = Json.MAPPER.readTree(accepted.body());
        assertThat(after.get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(after.get("decided_by").asString()).isEqualTo("al");
        assertThat(after.get("version").asLong()).isGreaterThan(version);

        // The same version again: somebody (here, the script itself) changed it since.
        HttpResponse<String> stale = call("POST", "/api/v1/entities/" + id + "/decision", token, null,
                "{\"action\":\"reject\",\"version\":" + version + "}");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode problem = Json.MAPPER.readTree(stale.body());
        assertThat(problem.propertyNames()).containsExactly("type", "title", "status", "detail", "instance");
        assertThat(problem.get("type").asString()).isEqualTo("about:blank");
        assertThat(problem.get("instance").asString()).isEqualTo("/api/v1/entities/" + id + "/decision");
        assertThat(entity(documentId, token, "Istanbul").get("status").asString()).isEqualTo("ACCEPTED");

        // Stored, and in the decision history under al's name, exactly once.
        assertThat(jdbc.queryForObject("SELECT status FROM entity_mention WHERE id = ?", String.class, id))
                .isEqualTo("ACCEPTED");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM decision WHERE actor = 'al' AND action = 'ACCEPT'",
                Integer.class)).isEqualTo(1);

        // Relabel needs a label of the schema; adding marks what the engines missed.
        HttpResponse<String> unknown = call("POST", "/api/v1/entities/" + id + "/decision", token, null,
                "{\"action\":\"relabel\",\"label\":\"CITY\",\"version\":" + after.get("version").asLong() + "}");
        assertThat(unknown.statusCode()).isEqualTo(400);
        int talks = FormatFixtures.TEXT_1.codePointCount(0, FormatFixtures.TEXT_1.indexOf("talks"));
        HttpResponse<String> added = call("POST", "/api/v1/documents/" + documentId + "/entities", token, null,
                "{\"start\":" + talks + ",\"end\":" + (talks + 5) + ",\"label\":\"ORGANIZATION\"}");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        assertThat(Json.MAPPER.readTree(added.body()).get("text").asString()).isEqualTo("talks");
        HttpResponse<String> outside = call("POST", "/api/v1/documents/" + documentId + "/entities", token, null,
                "{\"start\":100,\"end\":900,\"label\":\"GPE\"}");
        assertThat(outside.statusCode()).isEqualTo(400);
    }

    @Test
    void a_curator_starts_a_suggestion_run_and_follows_it_to_the_end() throws Exception {
        TestUsers.ensure(users, "cleo", Role.CURATOR);
        TestUsers.ensure(users, "bo", Role.ANALYST);
        Path article = Files.writeString(folder.resolve("run.txt"), "Hezbollah and Iran met in Beirut on Monday.");
        importer.importPaths(List.of(article), CorpusImporter.ImportProgress.NONE);
        String curator = tokens.create("cleo", "nightly").token();
        String analyst = tokens.create("bo", "curious").token();
        assertThat(call("POST", "/api/v1/suggestions/run", analyst, null, null).statusCode()).isEqualTo(403);
        HttpResponse<String> started = call("POST", "/api/v1/suggestions/run", curator, null, null);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        JsonNode progress = Json.MAPPER.readTree(started.body());
        for (int poll = 0; poll < 600 && progress.get("running").asBoolean(); poll++) {
            Thread.sleep(100);
            progress = Json.MAPPER.readTree(call("GET", "/api/v1/suggestions/run", analyst, null, null).body());
        }
        assertThat(progress.get("running").asBoolean()).as(progress.toString()).isFalse();
        assertThat(progress.get("documents_failed").asInt()).isZero();
        assertThat(jdbc.queryForList("SELECT m.label FROM entity_mention m JOIN document d ON d.id = m.document_id"
                + " WHERE d.text LIKE 'Hezbollah and Iran%' AND m.engine_id = 'gazetteer'", String.class))
                .contains("ORGANIZATION", "GPE");
    }

    @Test
    void events_are_accepted_with_their_arguments_and_a_stale_event_version_is_refused() throws Exception {
        TestUsers.ensure(users, "ev", Role.ANALYST);
        long documentId = fixture();
        assignments.assign(List.of(documentId), List.of("ev"));
        String token = tokens.create("ev", "events").token();
        call("POST", "/api/v1/documents/" + documentId + "/open", token, null, null);
        HttpResponse<String> listed = call("GET", "/api/v1/documents/" + documentId + "/events", token, null, null);
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        JsonNode attack = null;
        for (JsonNode event : Json.MAPPER.readTree(listed.body())) {
            if (event.get("type").asString().equals("ATTACK")) {
                attack = event;
            }
        }
        assertThat(attack).isNotNull();
        assertThat(attack.get("trigger").get("text").asString()).isEqualTo("attacked");
        assertThat(attack.get("attributes").get("modality").asString()).isEqualTo("asserted");
        assertThat(attack.get("arguments")).hasSize(2);
        long id = attack.get("id").asLong();
        long version = attack.get("version").asLong();

        HttpResponse<String> accepted = call("POST", "/api/v1/events/" + id + "/decision", token, "\"" + version + "\"",
                "{\"action\":\"accept\",\"with_arguments\":true}");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        JsonNode after = Json.MAPPER.readTree(accepted.body());
        assertThat(after.get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(after.get("arguments").findValuesAsString("status")).containsOnly("ACCEPTED");
        assertThat(jdbc.queryForObject("SELECT status FROM event WHERE id = ?", String.class, id)).isEqualTo("ACCEPTED");

        HttpResponse<String> stale = call("POST", "/api/v1/events/" + id + "/decision", token, null,
                "{\"action\":\"reject\",\"version\":" + version + "}");
        assertThat(stale.statusCode()).isEqualTo(409);
        long argument = after.get("arguments").get(0).get("id").asLong();
        HttpResponse<String> rejected = call("POST", "/api/v1/events/" + id + "/arguments/" + argument + "/decision",
                token, null, "{\"action\":\"reject\",\"version\":" + after.get("version").asLong() + "}");
        assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT status FROM event_argument WHERE id = ?", String.class, argument))
                .isEqualTo("REJECTED");
    }

    /** The two fixture articles, imported once for the class; the id of the first. */
    private long fixture() throws Exception {
        if (documents.findByExternalId("k1").isEmpty()) {
            Path fixture = Files.writeString(folder.resolve("f.jsonl"), String.join("\n", FormatFixtures.lines()) + "\n");
            importer.importPaths(List.of(fixture), CorpusImporter.ImportProgress.NONE);
        }
        return documents.findByExternalId("k1").orElseThrow().getId();
    }

    private JsonNode entity(long documentId, String token, String text) throws Exception {
        HttpResponse<String> list = call("GET", "/api/v1/documents/" + documentId + "/entities", token, null, null);
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        for (JsonNode entity : Json.MAPPER.readTree(list.body())) {
            if (entity.get("text").asString().equals(text)) {
                return entity;
            }
        }
        throw new AssertionError(text + " not in " + list.body());
    }

    private HttpResponse<String> call(String method, String path, String token, String ifMatch, String json)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + token)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
