package org.goldset.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.goldset.annotation.Layers;
import org.goldset.assignment.Assignments;
import org.goldset.base.AnalystIdentity;
import org.goldset.corpus.DocumentStatus;
import org.goldset.export.ExportOptions;
import org.goldset.export.GoldExporter;
import org.goldset.gold.GoldJsonlWriter;
import org.goldset.review.listing.DocumentListing;
import org.goldset.review.listing.DocumentOrder;
import org.goldset.review.listing.DocumentQuery;
import org.goldset.review.listing.DocumentRow;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/documents}: the documents list (paged and filtered as on the screen, with the same
 * rules: an analyst sees their queue) and one document with its annotations in Goldset's native
 * JSON — the shape of a line of the JSONL export, offsets in Unicode code points.
 */
@RestController
@RequestMapping(path = "/api/v1/documents", produces = MediaType.APPLICATION_JSON_VALUE)
class DocumentsApi {

    /** The largest page a call may ask for: a client pages, the server never builds a corpus-sized answer. */
    static final int MOST_PER_PAGE = 500;

    private final DocumentListing listing;
    private final GoldExporter exporter;
    private final Assignments assignments;
    private final AnalystIdentity identity;
    private final JdbcTemplate jdbc;
    private final org.goldset.corpus.DocumentService documents;

    DocumentsApi(DocumentListing listing, GoldExporter exporter, Assignments assignments, AnalystIdentity identity,
                 JdbcTemplate jdbc, org.goldset.corpus.DocumentService documents) {
        this.documents = documents;
        this.listing = listing;
        this.exporter = exporter;
        this.assignments = assignments;
        this.identity = identity;
        this.jdbc = jdbc;
    }

    @GetMapping
    Map<String, Object> list(@RequestParam(required = false) String search,
                             @RequestParam(required = false) DocumentStatus status,
                             @RequestParam(defaultValue = "IMPORTED") DocumentOrder order,
                             @RequestParam(defaultValue = "false") boolean descending,
                             @RequestParam(defaultValue = "0") int offset,
                             @RequestParam(defaultValue = "50") int limit) {
        if (offset < 0 || limit < 1 || limit > MOST_PER_PAGE) {
            throw new ApiException(HttpStatus.BAD_REQUEST,
                    "offset must be 0 or more and limit between 1 and " + MOST_PER_PAGE);
        }
        DocumentQuery query = new DocumentQuery(search, status, null);
        List<Map<String, Object>> documents = listing.page(query, order, descending, offset, limit).stream()
                .map(DocumentsApi::listed).toList();
        DocumentListing.Matches matches = listing.count(query);
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("total", matches.listed());
        page.put("total_is_at_least", matches.more());
        page.put("offset", offset);
        page.put("limit", limit);
        page.put("documents", documents);
        return page;
    }

    /**
     * One document with the annotations of a layer: by default what an export writes (its gold when
     * DONE, else its shared layer) for a curator, and an analyst's own layer for an analyst who has
     * one. {@code include} says which annotations: accepted (always), pending, rejected; all by default.
     */
    @GetMapping("/{id}")
    ResponseEntity<String> get(@PathVariable long id, @RequestParam(required = false) String layer,
                               @RequestParam(defaultValue = "accepted,pending,rejected") List<String> include) {
        if (!assignments.mayOpen(id)) {
            throw ApiException.notFound("document " + id);
        }
        String chosen = layer != null ? layer : defaultLayer(id);
        if (chosen != null && !Layers.isAnalystName(chosen)) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "layer must be an analyst's name");
        }
        for (String status : include) {
            if (!List.of("accepted", "pending", "rejected").contains(status.strip())) {
                throw new ApiException(HttpStatus.BAD_REQUEST,
                        "include takes accepted, pending and rejected (accepted are always in), not " + status);
            }
        }
        ExportOptions options = new ExportOptions(true, include.stream().anyMatch(s -> s.strip().equals("pending")),
                include.stream().anyMatch(s -> s.strip().equals("rejected")), chosen);
        return exporter.document(id, options)
                .map(document -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                        .body(GoldJsonlWriter.toTree(document).toString()))
                .orElseThrow(() -> ApiException.notFound("document " + id));
    }

    /** Deletes a document with its annotations (administrators); the decision history keeps its story. */
    @org.springframework.web.bind.annotation.DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        if (!documents.deleteDocument(id, identity.name())) {
            throw ApiException.notFound("document " + id);
        }
        return ResponseEntity.noContent().build();
    }

    /** A curator reads what export writes; an analyst reads their own layer once they have one. */
    private String defaultLayer(long documentId) {
        if (AnalystIdentity.hasRole("CURATOR")) {
            return null;
        }
        String me = identity.name();
        boolean hasLayer = !jdbc.queryForList("SELECT 1 FROM layer_state WHERE document_id = ? AND layer = ? AND started_at IS NOT NULL",
                Integer.class, documentId, me).isEmpty();
        if (!hasLayer) {
            throw new ApiException(HttpStatus.CONFLICT,
                    "you have not opened document " + documentId + " yet: your layer of it starts when you do");
        }
        return me;
    }

    private static Map<String, Object> listed(DocumentRow row) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("id", row.document().id());
        document.put("external_id", row.document().externalId());
        document.put("title", row.document().title());
        document.put("outlet", row.document().outlet());
        document.put("published_on", row.document().publishedOn() == null ? null
                : row.document().publishedOn().toString());
        document.put("status", row.document().status().name());
        document.put("imported_at", row.document().importedAt() == null ? null
                : row.document().importedAt().toString());
        document.put("pending", row.tally().pending());
        document.put("accepted", row.tally().accepted());
        document.put("rejected", row.tally().rejected());
        document.put("events", row.tally().events());
        document.put("annotators", row.annotators().stream().map(a -> Map.of("name", a.name(), "state", a.state()))
                .toList());
        return document;
    }
}
