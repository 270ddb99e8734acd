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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The API over real HTTP on a loopback port: tokens in, problem details out, the documents list and
 * one document in the native shape with code-point offsets, roles as on the screens.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "goldset.suggestion.engines=gazetteer")
@AsAdministrator
class DocumentsApiTest {

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
    JdbcTemplate jdbc;
    @Autowired
    org.goldset.export.GoldExporter exporter;
    @Autowired
    org.goldset.assignment.Assignments assignments;
    @Autowired
    org.goldset.review.ReviewService review;
    @TempDir
    Path folder;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void corpus() throws Exception {
        TestUsers.ensure(users, "cleo", Role.CURATOR);
        TestUsers.ensure(users, "bo", Role.ANALYST);
        if (documents.findByExternalId("k1").isEmpty()) {
            Path fixture = Files.writeString(folder.resolve("f.jsonl"), String.join("\n", FormatFixtures.lines()) + "\n");
            importer.importPaths(List.of(fixture), CorpusImporter.ImportProgress.NONE);
        }
    }

    @Test
    void without_a_live_token_every_call_is_refused_with_a_problem_and_the_web_app_keeps_its_login() throws Exception {
        HttpResponse<String> none = get("/api/v1/documents", null);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(Json.MAPPER.readTree(none.body()).get("status").asInt()).isEqualTo(401);
        assertThat(none.body()).doesNotContain("Exception").doesNotContain("at org.");

        HttpResponse<String> forged = get("/api/v1/documents", "gs_not-a-token-anybody-made");
        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(forged.headers().firstValue("WWW-Authenticate")).hasValue("Bearer error=\"invalid_token\"");

        ApiTokens.NewToken made = tokens.create("cleo", "test script");
        assertThat(get("/api/v1/documents", made.token()).statusCode()).isEqualTo(200);
        tokens.revoke("cleo", made.info().id());
        assertThat(get("/api/v1/documents", made.token()).statusCode()).isEqualTo(401);

        ApiTokens.NewToken disabledLater = tokens.create("bo", "cron");
        TestUsers.ensure(users, "gone", Role.ANALYST);
        ApiTokens.NewToken ofGone = tokens.create("gone", "cron");
        users.disable("gone");
        assertThat(get("/api/v1/documents", ofGone.token()).statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/documents", disabledLater.token()).statusCode()).isEqualTo(200);

        // The web app's chain is untouched: its pages still send a visitor to the login view.
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base() + "/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isIn(200, 302);
        assertThat(page.statusCode() == 302 ? page.headers().firstValue("Location").orElse("") : page.body())
                .contains("login");
    }

    @Test
    void only_the_hash_of_a_token_is_stored_and_the_api_keeps_no_session() throws Exception {
        ApiTokens.NewToken made = tokens.create("cleo", "hash check");
        String stored = jdbc.queryForObject("SELECT token_hash FROM api_token WHERE id = ?", String.class,
                made.info().id());
        assertThat(stored).isEqualTo(ApiTokens.hash(made.token())).doesNotContain(made.token().substring(3));
        assertThat(made.token()).startsWith("gs_").hasSizeGreaterThan(40);
        HttpResponse<String> answer = get("/api/v1/documents", made.token());
        assertThat(answer.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(jdbc.queryForObject("SELECT last_used_at FROM api_token WHERE id = ?", String.class,
                made.info().id())).isNotNull();
    }

    @Test
    void a_curator_lists_documents_in_pages_and_reads_one_with_code_point_offsets() throws Exception {
        String token = tokens.create("cleo", "reader").token();
        JsonNode page = Json.MAPPER.readTree(get("/api/v1/documents?limit=1", token).body());
        assertThat(page.get("total").asInt()).isEqualTo(2);
        assertThat(page.get("documents")).hasSize(1);
        assertThat(page.get("documents").get(0).get("external_id").asString()).isEqualTo("k1");
        JsonNode next = Json.MAPPER.readTree(get("/api/v1/documents?limit=1&offset=1", token).body());
        assertThat(next.get("documents").get(0).get("external_id").asString()).isEqualTo("k2");

        long id = documents.findByExternalId("k1").orElseThrow().getId();
        JsonNode document = Json.MAPPER.readTree(get("/api/v1/documents/" + id, token).body());
        assertThat(document.get("text").asString()).isEqualTo(FormatFixtures.TEXT_1);
        JsonNode istanbul = null;
        for (JsonNode entity : document.get("entities")) {
            if (entity.get("text").asString().equals("Istanbul")) {
                istanbul = entity;
            }
        }
        // After an emoji flag (two code points, four UTF-16 units): the offset counts code points.
        int codePoints = FormatFixtures.TEXT_1.codePointCount(0, FormatFixtures.TEXT_1.indexOf("Istanbul"));
        assertThat(istanbul).isNotNull();
        assertThat(istanbul.get("start").asInt()).isEqualTo(codePoints)
                .isLessThan(FormatFixtures.TEXT_1.indexOf("Istanbul"));
        assertThat(istanbul.get("status").asString()).isEqualTo("PENDING");
        assertThat(document.get("events")).hasSize(2);

        // Accepted only: the pending Istanbul is left out.
        JsonNode accepted = Json.MAPPER.readTree(get("/api/v1/documents/" + id + "?include=accepted", token).body());
        assertThat(accepted.get("entities").toString()).doesNotContain("Istanbul");
    }

    @Test
    void wrong_requests_get_a_problem_saying_what_is_wrong() throws Exception {
        String token = tokens.create("cleo", "mistakes").token();
        HttpResponse<String> tooMany = get("/api/v1/documents?limit=5000", token);
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(Json.MAPPER.readTree(tooMany.body()).get("detail").asString()).contains("limit between 1 and 500");
        HttpResponse<String> notANumber = get("/api/v1/documents/abc", token);
        assertThat(notANumber.statusCode()).isEqualTo(400);
        assertThat(Json.MAPPER.readTree(notANumber.body()).get("detail").asString()).isEqualTo("\"abc\" is not a valid id");
        assertThat(get("/api/v1/documents/1?include=everything", token).statusCode()).isEqualTo(400);
        HttpResponse<String> missing = get("/api/v1/documents/999999", token);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void an_analyst_reads_only_documents_in_their_queue_and_only_their_own_layer() throws Exception {
        String token = tokens.create("bo", "analyst script").token();
        long id = documents.findByExternalId("k1").orElseThrow().getId();
        assertThat(get("/api/v1/documents/" + id, token).statusCode()).isEqualTo(404);
        JsonNode queue = Json.MAPPER.readTree(get("/api/v1/documents", token).body());
        assertThat(queue.get("total").asInt()).isZero();
        assertThat(get("/api/v1/documents/" + id + "?layer=cleo", token).statusCode()).isEqualTo(404);

        // Assigned, but not opened yet: there is no layer of theirs to read.
        assignments.assign(List.of(id), List.of("bo"));
        assertThat(get("/api/v1/documents/" + id, token).statusCode()).isEqualTo(409);
        TestUsers.as("bo", Role.ANALYST, () -> review.openDocument(id, "bo"));
        HttpResponse<String> own = get("/api/v1/documents/" + id, token);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(Json.MAPPER.readTree(own.body()).get("entities").toString()).contains("Istanbul");
        // Another analyst's layer is refused by the exporter's own check, not only by the controller.
        HttpResponse<String> other = get("/api/v1/documents/" + id + "?layer=cleo", token);
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(Json.MAPPER.readTree(other.body()).get("detail").asString()).isEqualTo("Your role may not do this.");
    }

    @Test
    void a_curator_streams_a_brat_zip_with_the_same_entries_as_the_export_itself_and_an_analyst_may_not() throws Exception {
        String token = tokens.create("cleo", "training job").token();
        HttpResponse<byte[]> zip = http.send(HttpRequest.newBuilder(URI.create(base()
                        + "/api/v1/export?format=brat&all_documents=true&include_pending=true"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(zip.statusCode()).isEqualTo(200);
        assertThat(zip.headers().firstValue("Content-Disposition").orElse("")).contains("goldset-brat.zip");
        java.io.ByteArrayOutputStream direct = new java.io.ByteArrayOutputStream();
        exporter.export(direct, exporter.formats().stream().filter(f -> f.id().equals("brat")).findFirst().orElseThrow(),
                new org.goldset.export.ExportOptions(true, true, false), org.goldset.export.GoldExporter.ExportProgress.NONE);
        assertThat(entries(zip.body())).isEqualTo(entries(direct.toByteArray())).containsKey("k1.ann");

        assertThat(get("/api/v1/export?format=conll99", token).statusCode()).isEqualTo(400);
        String analyst = tokens.create("bo", "not allowed").token();
        assertThat(get("/api/v1/export", analyst).statusCode()).isEqualTo(403);
    }

    private static java.util.Map<String, String> entries(byte[] zip) throws Exception {
        java.util.Map<String, String> entries = new java.util.TreeMap<>();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (java.util.zip.ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                entries.put(entry.getName(), new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return entries;
    }

    @Test
    void the_openapi_document_describes_every_call_and_the_bearer_token_without_a_login() throws Exception {
        HttpResponse<String> docs = get("/v3/api-docs", null);
        assertThat(docs.statusCode()).isEqualTo(200);
        JsonNode api = Json.MAPPER.readTree(docs.body());
        assertThat(api.get("paths").propertyNames()).contains("/api/v1/documents", "/api/v1/documents/{id}",
                "/api/v1/entities/{entityId}/decision", "/api/v1/export");
        assertThat(api.get("components").get("securitySchemes").get("token").get("scheme").asString())
                .isEqualTo("bearer");
        HttpResponse<String> ui = http.send(HttpRequest.newBuilder(URI.create(base() + "/swagger-ui/index.html")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.body()).contains("Swagger UI");
    }

    @Test
    void an_administrator_deletes_a_document_its_history_stays_and_others_may_not() throws Exception {
        TestUsers.ensure(users, "root", Role.ADMIN);
        Path other = Files.writeString(folder.resolve("gone.txt"), "An article to delete, with Iran in it.");
        importer.importPaths(List.of(other), CorpusImporter.ImportProgress.NONE);
        long id = jdbc.queryForObject("SELECT id FROM document WHERE text LIKE 'An article to delete%'", Long.class);
        assertThat(delete("/api/v1/documents/" + id, tokens.create("cleo", "curator").token())).isEqualTo(403);
        String admin = tokens.create("root", "cleanup").token();
        assertThat(delete("/api/v1/documents/" + id, admin)).isEqualTo(204);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM document WHERE id = ?", Integer.class, id)).isZero();
        assertThat(jdbc.queryForObject("SELECT actor FROM decision WHERE document_id = ? AND target_kind = 'DOCUMENT'"
                + " AND action = 'DELETE'", String.class, id)).isEqualTo("root");
        assertThat(delete("/api/v1/documents/" + id, admin)).isEqualTo(404);
        assertThat(documents.findByExternalId("k1")).isPresent();
    }

    private int delete(String path, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base() + path)).header("Authorization", "Bearer " + token)
                .DELETE().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }
}
