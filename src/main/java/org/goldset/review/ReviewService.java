package org.goldset.review;

import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.goldset.annotation.AnnotationLayers;
import org.goldset.annotation.AnnotationStatus;
import org.goldset.annotation.EntityMention;
import org.goldset.annotation.EntityService;
import org.goldset.annotation.Event;
import org.goldset.annotation.EventArgument;
import org.goldset.annotation.EventService;
import org.goldset.assignment.Assignments;
import org.goldset.assignment.DocumentStages;
import org.goldset.corpus.Document;
import org.goldset.corpus.DocumentService;
import org.goldset.corpus.DocumentStatus;
import org.goldset.history.Decision;
import org.goldset.history.DecisionHistory;
import org.goldset.schema.AnnotationSchema;
import org.goldset.schema.EventType;
import org.goldset.schema.RoleDefinition;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of reviewing a document: opening it (when it is in the analyst's queue) starts their own
 * layer and moves it to IN_REVIEW; finishing it makes that layer the gold or, with several analysts,
 * sends the document to curation; the next document comes from {@link Assignments}; which entities may
 * fill an event's role. Decisions about annotations go
 * through {@link EntityDecisions} and {@link EventDecisions}, undo and redo through {@link ReviewHistory}.
 */
@PreAuthorize("hasRole('ANALYST')")
@Service
public class ReviewService {

    /** How old an analyst's last activity on a document may be before opening it refreshes their claim. */
    static final Duration CLAIM_REFRESH = Duration.ofMinutes(5);

    private final DocumentService documents;
    private final EntityService entities;
    private final EventService events;
    private final DecisionHistory decisionHistory;
    private final AnnotationSchema schema;
    private final AnnotationLayers layers;
    private final Assignments assignments;

    private final TransactionTemplate reading;
    private final TransactionTemplate writing;
    private final Clock clock;

    ReviewService(DocumentService documents, EntityService entities, EventService events,
                  DecisionHistory decisionHistory, AnnotationSchema schema, AnnotationLayers layers,
                  Assignments assignments, PlatformTransactionManager transactions, Clock clock) {
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.writing = new TransactionTemplate(transactions);
        this.clock = clock;
        this.layers = layers;
        this.assignments = assignments;
        this.documents = documents;
        this.entities = entities;
        this.events = events;
        this.decisionHistory = decisionHistory;
        this.schema = schema;
    }

    /**
     * What the analyst accepted in this document that the gold export will still leave out, in words:
     * accepted arguments whose entity is not accepted, or whose event is not.
     */
    @Transactional(readOnly = true)
    public List<String> acceptedButLeftOut(Document document, String analyst) {
        List<String> leftOut = new java.util.ArrayList<>();
        for (Event event : events.findEvents(document.getId(), analyst)) {
            String which = event.getType() + " " + Describe.quoted(document, event.getTrigger());
            for (EventArgument argument : event.getArguments()) {
                if (argument.getStatus() != AnnotationStatus.ACCEPTED) {
                    continue;
                }
                String what = argument.getRole() + " " + Describe.quoted(document, argument.getEntity().getSpan())
                        + " of " + which;
                if (event.getStatus() != AnnotationStatus.ACCEPTED) {
                    leftOut.add(what + ": the event is " + event.getStatus().name().toLowerCase(java.util.Locale.ROOT));
                } else if (argument.getEntity().getStatus() != AnnotationStatus.ACCEPTED) {
                    leftOut.add(what + ": its entity is "
                            + argument.getEntity().getStatus().name().toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        return leftOut;
    }

    /**
     * The story of an entity mention: its origin, then every decision about it, starting with those
     * about the rows it was copied from (the shared suggestion an analyst's layer started from).
     */
    @Transactional(readOnly = true)
    public AnnotationStory entityStory(Document document, long entityId) {
        EntityMention mention = entities.findEntity(entityId)
                .orElseThrow(() -> new org.goldset.annotation.StaleAnnotationException("Annotation " + entityId));
        List<Long> lineage = lineage(entityId, mention.getCopiedFrom(),
                from -> entities.findEntity(from).map(EntityMention::getCopiedFrom).orElse(null));
        return new AnnotationStory(Describe.span(document, mention.getSpan(), mention.getLabel()),
                origin(mention.getOrigin()), steps(Decision.TargetKind.ENTITY, lineage, "label"));
    }

    /** The story of an event: its origin, then every decision about it and its arguments (and its copies' sources). */
    @Transactional(readOnly = true)
    public AnnotationStory eventStory(Document document, long eventId) {
        Event event = events.findEvent(eventId)
                .orElseThrow(() -> new org.goldset.annotation.StaleAnnotationException("Event " + eventId));
        List<Long> lineage = lineage(eventId, event.getCopiedFrom(),
                from -> events.findEvent(from).map(Event::getCopiedFrom).orElse(null));
        return new AnnotationStory(event.getType() + " " + Describe.quoted(document, event.getTrigger()),
                origin(event.getOrigin()), steps(Decision.TargetKind.EVENT, lineage, "type"));
    }

    /**
     * The rows an annotation was copied from, oldest first, then itself: gold ← analyst's layer ←
     * shared suggestion. Three copies at most exist, so the walk stops there.
     */
    private static List<Long> lineage(long id, Long copiedFrom, java.util.function.UnaryOperator<Long> sourceOf) {
        List<Long> lineage = new java.util.ArrayList<>(List.of(id));
        for (Long from = copiedFrom; from != null && lineage.size() < 4; from = sourceOf.apply(from)) {
            lineage.addFirst(from);
        }
        return lineage;
    }

    private List<AnnotationStory.Step> steps(Decision.TargetKind kind, List<Long> ids, String labelField) {
        return ids.stream().flatMap(id -> decisionHistory.historyOf(kind, id).stream()).map(decision -> {
            String result = "deleted";
            if (decision.getAfterState() != null) {
                tools.jackson.databind.JsonNode after = org.goldset.base.Json.MAPPER.readTree(decision.getAfterState());
                result = after.path("status").asString() + " " + after.path(labelField).asString();
            }
            return new AnnotationStory.Step(decision.getDecidedAt(), decision.getActor(),
                    decision.getAction().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '), result);
        }).toList();
    }

    private static String origin(org.goldset.annotation.Origin origin) {
        return switch (origin.getKind()) {
            case ENGINE -> "suggested by " + origin.getEngineId() + " " + origin.getEngineVersion()
                    + (origin.getScore() == null ? "" : String.format(java.util.Locale.ENGLISH, ", score %.2f",
                    origin.getScore()));
            case MANUAL -> "marked by an analyst";
            case IMPORTED -> "imported from a file";
        };
    }

    /**
     * The document to review, with the analyst's layer of it (started as a copy of the shared
     * suggestions the first time); a NEW document becomes IN_REVIEW. Opening a document the analyst
     * opened or decided on within {@link #CLAIM_REFRESH} writes nothing, so it never waits for another
     * writer (an import holding the lock).
     */
    public Optional<Document> openDocument(long documentId, String analyst) {
        Optional<Document> document = reading.execute(status -> {
            Optional<Document> found = documents.findDocument(documentId);
            if (found.isPresent() && !assignments.mayOpen(documentId)) {
                throw new NotInQueueException(documentId);
            }
            return found.filter(current -> current.getStatus() != DocumentStatus.NEW
                    && layers.openedSince(documentId, analyst, clock.instant().minus(CLAIM_REFRESH)));
        });
        if (document.isPresent()) {
            return document;
        }
        return writing.execute(status -> startOrRefresh(documentId, analyst));
    }

    /** Starts the analyst's layer, or refreshes their claim on it, and moves a NEW document to IN_REVIEW. */
    private Optional<Document> startOrRefresh(long documentId, String analyst) {
        Optional<Document> document = documents.findDocument(documentId);
        if (document.isPresent() && !assignments.mayOpen(documentId)) {
            throw new NotInQueueException(documentId);
        }
        document.ifPresent(found -> layers.open(found.getId(), analyst));
        if (document.isPresent() && document.get().getStatus() == DocumentStatus.NEW) {
            return Optional.of(documents.changeStatus(documentId, document.get().getVersion(),
                    DocumentStatus.IN_REVIEW, analyst));
        }
        return document;
    }

    // ---- what the review screen reads (it reads and decides only through the review services)

    /** The analyst's own layer of the document: what they see and decide. */
    @Transactional(readOnly = true)
    public List<EntityMention> entitiesOf(long documentId, String analyst) {
        return entities.findEntities(documentId, analyst);
    }

    @Transactional(readOnly = true)
    public Optional<EntityMention> entity(long entityId) {
        return entities.findEntity(entityId);
    }

    @Transactional(readOnly = true)
    public Optional<Event> event(long eventId) {
        return events.findEvent(eventId);
    }

    @Transactional(readOnly = true)
    public List<Event> eventsOf(long documentId, String analyst) {
        return events.findEvents(documentId, analyst);
    }

    @Transactional(readOnly = true)
    public long countEvents(long documentId, String analyst) {
        return events.countEvents(documentId, analyst);
    }

    /** Pending entity suggestions and pending events of the analyst's layer, for "Done & next". */
    @Transactional(readOnly = true)
    public Pending pendingIn(long documentId, String analyst) {
        return new Pending(entities.countEntities(documentId, analyst).pending(),
                events.countPendingEvents(documentId, analyst));
    }

    public record Pending(long entities, long events) {
    }

    /** The entities that may fill a role of the event, nearest to its trigger first. */
    public List<EntityMention> candidatesFor(Event event, String role, List<EntityMention> entities) {
        RoleDefinition definition = role(event, role);
        int trigger = event.getTrigger().start();
        return entities.stream()
                .filter(entity -> entity.getStatus() != AnnotationStatus.REJECTED && definition.accepts(entity.getLabel()))
                .sorted(Comparator.comparingInt(entity -> Math.abs(entity.getSpan().start() - trigger)))
                .toList();
    }

    /** The roles of the event's type, in the schema's order. */
    public List<RoleDefinition> rolesOf(Event event) {
        return eventType(event.getType()).roles();
    }

    private RoleDefinition role(Event event, String role) {
        return eventType(event.getType()).role(role).orElseThrow(() -> new IllegalArgumentException(
                event.getType() + " has no role \"" + role + "\""));
    }

    private EventType eventType(String type) {
        return schema.eventType(type).orElseThrow(() -> new IllegalArgumentException(
                "\"" + type + "\" is not an event type of the schema"));
    }

    /**
     * The analyst's layer is done. With one analyst needed and no other finished layer it becomes the
     * document's gold and the document is DONE; when as many analysts as needed (two or more) have
     * finished, the document waits for curation (decision 017).
     */
    @Transactional
    public Finish finishDocument(Document document, String analyst) {
        AnnotationLayers.Finished finished = layers.finish(document.getId(), analyst);
        Document changed = documents.changeStatus(document.getId(), document.getVersion(),
                DocumentStages.after(finished, document.getStatus()), analyst);
        return new Finish(changed, finished, waitingFor(changed.getId()));
    }

    /** A finished layer, what it made of the document, and how many more analysts it still waits for. */
    public record Finish(Document document, AnnotationLayers.Finished outcome, int analystsAwaited) {
    }

    /** The logged-in analyst's next document after this one (see {@link Assignments#reviewNext}); 0: from the start. */
    public Optional<Long> reviewNext(long afterDocumentId) {
        return assignments.reviewNext(afterDocumentId);
    }

    private int waitingFor(long documentId) {
        return Math.max(0, assignments.annotatorsNeeded(documentId) - layers.finishedLayers(documentId));
    }
}
