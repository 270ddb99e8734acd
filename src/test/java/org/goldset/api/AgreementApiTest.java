package org.goldset.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.goldset.AsAdministrator;
import org.goldset.TestDatabase;
import org.goldset.TestUsers;
import org.goldset.agreement.Agreement;
import org.goldset.agreement.AgreementFixtures;
import org.goldset.base.Json;
import org.goldset.corpus.DocumentService;
import org.goldset.importing.CorpusImporter;
import org.goldset.user.Role;
import org.goldset.user.UserAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** Agreement over HTTP: the same figures as the service computes (checked elsewhere against Python), curators only. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "goldset.suggestion.engines=gazetteer")
@AsAdministrator
class AgreementApiTest {

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
    Agreement agreement;
    @Autowired
    DocumentService documents;
    @TempDir
    Path folder;

    @Test
    void a_curator_reads_the_corpus_and_document_figures_an_analyst_may_not() throws Exception {
        TestUsers.ensure(users, "cleo", Role.CURATOR);
        TestUsers.ensure(users, "bo", Role.ANALYST);
        AgreementFixtures.importAs(importer, folder, "ana", AgreementFixtures.strikeOfAna(), AgreementFixtures.talksOfAna());
        AgreementFixtures.importAs(importer, folder, "bo", AgreementFixtures.strikeOfBo(), AgreementFixtures.talksOfBo());
        String curator = tokens.create("cleo", "figures").token();

        HttpResponse<String> corpus = get("/api/v1/agreement?documents=all", curator);
        assertThat(corpus.statusCode()).as(corpus.body()).isEqualTo(200);
        JsonNode expected = agreement.compute(Agreement.Documents.ALL).toJson();
        // Compared as text: numbers read back from JSON are other node types than the ones computed.
        assertThat(Json.MAPPER.readTree(corpus.body()).toString()).isEqualTo(expected.toString());
        assertThat(expected.toString()).contains("ana").contains("bo");

        long strike = documents.findByExternalId("strike").orElseThrow().getId();
        HttpResponse<String> one = get("/api/v1/documents/" + strike + "/agreement", curator);
        assertThat(Json.MAPPER.readTree(one.body()).toString()).isEqualTo(agreement.ofDocument(strike).toJson().toString());

        assertThat(get("/api/v1/agreement?documents=some", curator).statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/agreement", tokens.create("bo", "nosy").token()).statusCode()).isEqualTo(403);
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
    }
}
