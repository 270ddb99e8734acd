package org.goldset.api;

import java.util.LinkedHashMap;
import java.util.Map;
import org.goldset.suggestion.SuggestionJobs;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/suggestions}: start the suggestion run the "Run suggestions" button starts (curators;
 * one at a time: 202 when started, 409 while one runs) and read its progress.
 */
@RestController
@RequestMapping(path = "/api/v1/suggestions", produces = MediaType.APPLICATION_JSON_VALUE)
class SuggestionsApi {

    private final SuggestionJobs jobs;

    SuggestionsApi(SuggestionJobs jobs) {
        this.jobs = jobs;
    }

    @PreAuthorize("hasRole('CURATOR')")
    @PostMapping("/run")
    ResponseEntity<Map<String, Object>> start() {
        if (!jobs.start()) {
            throw new ApiException(HttpStatus.CONFLICT, "a suggestion run is already going: follow GET /api/v1/suggestions/run");
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(shown(jobs.status()));
    }

    @PreAuthorize("hasRole('ANALYST')")
    @GetMapping("/run")
    Map<String, Object> progress() {
        return shown(jobs.status());
    }

    private static Map<String, Object> shown(SuggestionJobs.JobStatus status) {
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("running", status.running());
        shown.put("message", status.message());
        shown.put("documents_done", status.progress() == null ? 0 : status.progress().done());
        shown.put("documents_total", status.progress() == null ? null : status.progress().total());
        shown.put("documents_failed", status.progress() == null ? 0 : status.progress().failed());
        shown.put("fraction_done", status.fractionDone());
        shown.put("elapsed_seconds", status.elapsed().toSeconds());
        return shown;
    }
}
