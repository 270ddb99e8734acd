package org.goldset.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.goldset.AsAdministrator;
import org.goldset.TestDatabase;
import org.goldset.TestUsers;
import org.goldset.base.Json;
import org.goldset.gold.FormatFixtures;
import org.goldset.user.Role;
import org.goldset.user.UserAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** Imports over HTTP: a JSON Lines body, multipart files, all or nothing per file, curators only. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "goldset.suggestion.engines=gazetteer")
@AsAdministrator
class ImportApiTest {

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
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newHttpClient();
    private String curator;
    private String analyst;

    @BeforeEach
    void people() {
        TestUsers.ensure(users, "cleo", Role.CURATOR);
        TestUsers.ensure(users, "bo", Role.ANALYST);
        curator = tokens.create("cleo", "import").token();
        analyst = tokens.create("bo", "import").token();
    }

    @Test
    void a_json_lines_body_goes_in_with_its_annotations_and_offsets_in_code_points() throws Exception {
        String body = String.join("\n", FormatFixtures.lines()) + "\n";
        HttpResponse<String> refused = post("/api/v1/documents", analyst, "application/x-ndjson", body.getBytes(StandardCharsets.UTF_8));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(ids()).doesNotContain("k1", "k2");

        HttpResponse<String> done = post("/api/v1/documents", curator, "application/x-ndjson", body.getBytes(StandardCharsets.UTF_8));
        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        JsonNode report = Json.MAPPER.readTree(done.body());
        assertThat(report.get("documents_imported").asInt()).isEqualTo(2);
        assertThat(report.get("problems")).isEmpty();
        assertThat(ids()).contains("k1", "k2");
        // "Istanbul" follows a flag emoji: stored in code points, as the file said.
        int start = FormatFixtures.TEXT_1.codePointCount(0, FormatFixtures.TEXT_1.indexOf("Istanbul"));
        assertThat(jdbc.queryForList("SELECT DISTINCT m.start_offset FROM entity_mention m JOIN document d"
                + " ON d.id = m.document_id WHERE d.external_id = 'k1' AND m.external_id = 'T6'", Integer.class))
                .containsExactly(start);

        // The same again: duplicates skipped, nothing added.
        JsonNode again = Json.MAPPER.readTree(post("/api/v1/documents", curator, "application/x-ndjson",
                body.getBytes(StandardCharsets.UTF_8)).body());
        assertThat(again.get("documents_imported").asInt()).isZero();
        assertThat(again.get("duplicates_skipped")).hasSize(2);
    }

    @Test
    void a_broken_file_is_refused_whole_with_its_line_while_the_good_one_goes_in() throws Exception {
        String good = "{\"id\":\"g1\",\"text\":\"Talks in Doha 🙂 went on.\"}\n";
        String broken = "{\"id\":\"b1\",\"text\":\"Fine line.\"}\n{\"id\":\"b2\",\"text\":\"Bad\",\"entities\":"
                + "[{\"id\":\"T1\",\"start\":0,\"end\":99,\"label\":\"GPE\"}]}\n";
        String boundary = "gs-boundary";
        ByteArrayOutputStream form = new ByteArrayOutputStream();
        part(form, boundary, "good.jsonl", good.getBytes(StandardCharsets.UTF_8));
        part(form, boundary, "../../etc/broken.jsonl", broken.getBytes(StandardCharsets.UTF_8));
        form.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> answer = post("/api/v1/documents", curator, "multipart/form-data; boundary=" + boundary,
                form.toByteArray());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(422);
        JsonNode report = Json.MAPPER.readTree(answer.body());
        assertThat(report.get("documents_imported").asInt()).isEqualTo(1);
        JsonNode problem = report.get("problems").get(0);
        // Named as the client named it, without the path it tried to climb out with.
        assertThat(problem.get("file").asString()).isEqualTo("broken.jsonl");
        assertThat(problem.get("line").asInt()).isEqualTo(2);
        assertThat(answer.body()).doesNotContain("goldset-upload-");
        assertThat(ids()).contains("g1").doesNotContain("b1", "b2");
    }

    @Test
    void a_brat_zip_with_names_that_climb_out_is_refused_before_anything_is_stored() throws Exception {
        int before = count("document");
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("ok.txt"));
            out.write("Fine text.".getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("../evil.txt"));
            out.write("Climbing out.".getBytes(StandardCharsets.UTF_8));
        }
        String boundary = "gs-boundary";
        ByteArrayOutputStream form = new ByteArrayOutputStream();
        part(form, boundary, "corpus.zip", zip.toByteArray());
        form.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> answer = post("/api/v1/documents", curator, "multipart/form-data; boundary=" + boundary,
                form.toByteArray());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(422);
        assertThat(Json.MAPPER.readTree(answer.body()).get("problems").get(0).get("file").asString())
                .isEqualTo("corpus.zip");
        assertThat(count("document")).isEqualTo(before);
    }

    @Test
    void unknown_addresses_and_wrong_media_types_are_problems_not_the_login_page() throws Exception {
        HttpResponse<String> text = post("/api/v1/documents", curator, "text/plain", "hello".getBytes(StandardCharsets.UTF_8));
        assertThat(text.statusCode()).isEqualTo(404);
        assertThat(text.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(Json.MAPPER.readTree(text.body()).get("detail").asString())
                .isEqualTo("There is no API call POST /api/v1/documents taking text/plain; the calls are listed at /v3/api-docs");
        HttpResponse<String> nowhere = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/nowhere"))
                .header("Authorization", "Bearer " + curator).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(nowhere.statusCode()).isEqualTo(404);
        assertThat(nowhere.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    private List<String> ids() {
        return jdbc.queryForList("SELECT external_id FROM document", String.class);
    }

    private int count(String table) {
        return jdbc.queryForObject("SELECT count(*) FROM " + table, Integer.class);
    }

    private static void part(ByteArrayOutputStream form, String boundary, String name, byte[] content) throws Exception {
        form.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        form.write(content);
        form.write("\r\n".getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(String path, String token, String type, byte[] body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base() + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }
}
