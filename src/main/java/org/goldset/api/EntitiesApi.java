package org.goldset.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.goldset.annotation.EntityMention;
import org.goldset.annotation.VersionedId;
import org.goldset.base.AnalystIdentity;
import org.goldset.corpus.Document;
import org.goldset.corpus.DocumentService;
import org.goldset.review.EntityDecisions;
import org.goldset.review.ReviewChange;
import org.goldset.review.ReviewService;
import org.goldset.text.Span;
import org.goldset.text.TextOffsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reviewing over the API, as on the review screen and through the same services: a caller opens a
 * document (their own layer of it starts as a copy of the suggestions), reads that layer's entity
 * mentions with their ids and versions, and decides on one with the version they read — in an
 * {@code If-Match} header or a {@code version} field; a mention changed since answers 409. Every
 * decision is in the decision history under the caller's name. Offsets count code points.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class EntitiesApi {

    private final ReviewService review;
    private final EntityDecisions decisions;
    private final DocumentService documents;
    private final AnalystIdentity identity;

    EntitiesApi(ReviewService review, EntityDecisions decisions, DocumentService documents, AnalystIdentity identity) {
        this.review = review;
        this.decisions = decisions;
        this.documents = documents;
        this.identity = identity;
    }

    /** What a decision asks: accept, reject or relabel (with a label), and the version the caller read. */
    record Decision(String action, String label, Long version) {
    }

    /** A mention the engines missed: code-point offsets and a label; it is stored ACCEPTED. */
    record NewEntity(int start, int end, String label) {
    }

    @PostMapping("/documents/{id}/open")
    Map<String, Object> open(@PathVariable long id) {
        Document document = review.openDocument(id, identity.name())
                .orElseThrow(() -> ApiException.notFound("document " + id));
        Map<String, Object> opened = new LinkedHashMap<>();
        opened.put("id", document.getId());
        opened.put("status", document.getStatus().name());
        opened.put("layer", identity.name());
        return opened;
    }

    @GetMapping("/documents/{id}/entities")
    List<Map<String, Object>> entities(@PathVariable long id) {
        Document document = openedDocument(id);
        TextOffsets text = new TextOffsets(document.getText());
        return review.entitiesOf(id, identity.name()).stream().map(mention -> shown(mention, text)).toList();
    }

    @PostMapping("/documents/{id}/entities")
    ResponseEntity<Map<String, Object>> add(@PathVariable long id, @RequestBody NewEntity entity) {
        Document document = openedDocument(id);
        TextOffsets text = new TextOffsets(document.getText());
        if (entity.label() == null || entity.end() <= entity.start() || !text.isValidSpan(entity.start(), entity.end())) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "start and end must be code-point offsets inside the text"
                    + " (0 to " + text.codePointLength() + ", start before end), with a label");
        }
        ReviewChange change = decisions.add(document, new Span(entity.start(), entity.end()), entity.label(),
                identity.name());
        return ResponseEntity.status(HttpStatus.CREATED).body(shown(change.entity(), text));
    }

    @PostMapping("/entities/{entityId}/decision")
    Map<String, Object> decide(@PathVariable long entityId, @RequestBody Decision decision,
                               @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        EntityMention mention = review.entity(entityId).orElseThrow(() -> ApiException.notFound("entity " + entityId));
        Document document = openedDocument(mention.getDocumentId());
        VersionedId seen = new VersionedId(entityId, Versions.of(decision.version(), ifMatch));
        String me = identity.name();
        String action = decision.action() == null ? "" : decision.action();
        ReviewChange change = switch (action) {
            case "accept" -> decisions.accept(document, seen, me);
            case "reject" -> decisions.reject(document, seen, me);
            case "relabel" -> decisions.relabel(document, seen, decision.label(), me);
            default -> throw new ApiException(HttpStatus.BAD_REQUEST,
                    "action must be accept, reject or relabel, not \"" + action + "\"");
        };
        return shown(change.entity(), new TextOffsets(document.getText()));
    }

    /** The document, which the caller must have opened: decisions go into their own layer. */
    private Document openedDocument(long id) {
        return review.openDocument(id, identity.name()).orElseThrow(() -> ApiException.notFound("document " + id));
    }

    private static Map<String, Object> shown(EntityMention mention, TextOffsets text) {
        Map<String, Object> entity = new LinkedHashMap<>();
        entity.put("id", mention.getId());
        entity.put("version", mention.getVersion());
        entity.put("start", mention.getSpan().start());
        entity.put("end", mention.getSpan().end());
        entity.put("text", text.slice(mention.getSpan().start(), mention.getSpan().end()));
        entity.put("label", mention.getLabel());
        entity.put("status", mention.getStatus().name());
        Map<String, Object> origin = new LinkedHashMap<>();
        origin.put("kind", mention.getOrigin().getKind().name());
        origin.put("engine", mention.getOrigin().getEngineId());
        origin.put("version", mention.getOrigin().getEngineVersion());
        origin.put("score", mention.getOrigin().getScore());
        entity.put("origin", origin);
        entity.put("decided_by", mention.getReview().getDecidedBy());
        entity.put("decided_at", mention.getReview().getDecidedAt() == null ? null
                : mention.getReview().getDecidedAt().toString());
        return entity;
    }
}
