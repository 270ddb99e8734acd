package org.goldset.api;

import org.goldset.agreement.Agreement;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Agreement figures over the API (curators), the same JSON as {@code agreement --format json}: per
 * pair of analysts and pooled, for the corpus ({@code documents=done}: documents both finished, or
 * {@code all}) or for one document.
 */
@RestController
class AgreementApi {

    private final Agreement agreement;

    AgreementApi(Agreement agreement) {
        this.agreement = agreement;
    }

    @GetMapping(path = "/api/v1/agreement", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> corpus(@RequestParam(defaultValue = "done") String documents) {
        Agreement.Documents scope = switch (documents) {
            case "done" -> Agreement.Documents.DONE;
            case "all" -> Agreement.Documents.ALL;
            default -> throw new ApiException(HttpStatus.BAD_REQUEST, "documents is done or all, not " + documents);
        };
        return json(agreement.compute(scope).toJson().toString());
    }

    @GetMapping(path = "/api/v1/documents/{id}/agreement", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> document(@PathVariable long id) {
        return json(agreement.ofDocument(id).toJson().toString());
    }

    private static ResponseEntity<String> json(String body) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
