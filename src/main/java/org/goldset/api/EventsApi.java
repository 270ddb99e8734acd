package org.goldset.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.goldset.annotation.AnnotationStatus;
import org.goldset.annotation.Event;
import org.goldset.annotation.EventArgument;
import org.goldset.annotation.VersionedId;
import org.goldset.base.AnalystIdentity;
import org.goldset.base.Json;
import org.goldset.corpus.Document;
import org.goldset.review.EventDecisions;
import org.goldset.review.ReviewChange;
import org.goldset.review.ReviewService;
import org.goldset.text.TextOffsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Events over the API, as on the review screen's event cards and through the same service: the
 * caller's layer's events with their arguments, ids and versions; accept, reject or retype an event,
 * accept or reject one argument (accepting it accepts its pending entity too), each with the event's
 * version read ({@code If-Match} or {@code version}); 409 when it changed since.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class EventsApi {

    private final ReviewService review;
    private final EventDecisions decisions;
    private final AnalystIdentity identity;

    EventsApi(ReviewService review, EventDecisions decisions, AnalystIdentity identity) {
        this.review = review;
        this.decisions = decisions;
        this.identity = identity;
    }

    /** accept (with its pending arguments when {@code with_arguments}), reject, or retype (with a type). */
    record Decision(String action, String type, Long version, Boolean with_arguments) {
    }

    /** accept or reject one argument, with the event's version read. */
    record ArgumentDecision(String action, Long version) {
    }

    @GetMapping("/documents/{id}/events")
    List<Map<String, Object>> events(@PathVariable long id) {
        Document document = opened(id);
        TextOffsets text = new TextOffsets(document.getText());
        return review.eventsOf(id, identity.name()).stream().map(event -> shown(event, text)).toList();
    }

    @PostMapping("/events/{eventId}/decision")
    Map<String, Object> decide(@PathVariable long eventId, @RequestBody Decision decision,
                               @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Event event = review.event(eventId).orElseThrow(() -> ApiException.notFound("event " + eventId));
        Document document = opened(event.getDocumentId());
        VersionedId seen = new VersionedId(eventId, Versions.of(decision.version(), ifMatch));
        String me = identity.name();
        String action = decision.action() == null ? "" : decision.action();
        ReviewChange change = switch (action) {
            case "accept" -> decisions.decide(document, List.of(seen), AnnotationStatus.ACCEPTED,
                    Boolean.TRUE.equals(decision.with_arguments()), me);
            case "reject" -> decisions.decide(document, List.of(seen), AnnotationStatus.REJECTED, false, me);
            case "retype" -> decisions.retype(document, seen, decision.type(), me);
            default -> throw new ApiException(HttpStatus.BAD_REQUEST,
                    "action must be accept, reject or retype, not \"" + action + "\"");
        };
        return shown(review.event(eventId).orElse(change.event()), new TextOffsets(document.getText()));
    }

    @PostMapping("/events/{eventId}/arguments/{argumentId}/decision")
    Map<String, Object> decideArgument(@PathVariable long eventId, @PathVariable long argumentId,
                                       @RequestBody ArgumentDecision decision,
                                       @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Event event = review.event(eventId).orElseThrow(() -> ApiException.notFound("event " + eventId));
        Document document = opened(event.getDocumentId());
        VersionedId seen = new VersionedId(eventId, Versions.of(decision.version(), ifMatch));
        AnnotationStatus status = switch (decision.action() == null ? "" : decision.action()) {
            case "accept" -> AnnotationStatus.ACCEPTED;
            case "reject" -> AnnotationStatus.REJECTED;
            default -> throw new ApiException(HttpStatus.BAD_REQUEST, "action must be accept or reject");
        };
        decisions.decideArgument(document, seen, argumentId, status, identity.name());
        return shown(review.event(eventId).orElseThrow(), new TextOffsets(document.getText()));
    }

    private Document opened(long documentId) {
        return review.openDocument(documentId, identity.name())
                .orElseThrow(() -> ApiException.notFound("document " + documentId));
    }

    private static Map<String, Object> shown(Event event, TextOffsets text) {
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("id", event.getId());
        shown.put("version", event.getVersion());
        shown.put("type", event.getType());
        shown.put("trigger", Map.of("start", event.getTrigger().start(), "end", event.getTrigger().end(),
                "text", text.slice(event.getTrigger().start(), event.getTrigger().end())));
        shown.put("status", event.getStatus().name());
        Map<String, Object> attributes = new LinkedHashMap<>();
        event.getAttributesJson().forEach((key, json) -> attributes.put(key, Json.MAPPER.readTree(json)));
        shown.put("attributes", attributes);
        shown.put("origin_engine", event.getOrigin().getEngineId());
        shown.put("decided_by", event.getReview().getDecidedBy());
        shown.put("arguments", event.getArguments().stream().map(EventsApi::argument).toList());
        return shown;
    }

    private static Map<String, Object> argument(EventArgument argument) {
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("id", argument.getId());
        shown.put("role", argument.getRole());
        shown.put("entity", argument.getEntity().getId());
        shown.put("status", argument.getStatus().name());
        return shown;
    }
}
