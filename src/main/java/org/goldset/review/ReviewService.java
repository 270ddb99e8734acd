package org.goldset.review;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.goldset.annotation.AnnotationService;
import org.goldset.annotation.AnnotationStatus;
import org.goldset.annotation.EntityMention;
import org.goldset.annotation.Event;
import org.goldset.annotation.EventArgument;
import org.goldset.annotation.EventService;
import org.goldset.annotation.Span;
import org.goldset.annotation.VersionedId;
import org.goldset.corpus.Document;
import org.goldset.corpus.DocumentService;
import org.goldset.corpus.DocumentStatus;
import org.goldset.schema.AnnotationSchema;
import org.goldset.schema.EventType;
import org.goldset.schema.RoleDefinition;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of reviewing a document: opening it moves it to IN_REVIEW, manual annotations must lie
 * inside the text and carry a schema label, an event's roles and the entity types filling them must
 * be the schema's, finishing a document moves it to DONE and finds the next one.
 */
@Service
public class ReviewService {

    private final DocumentService documents;
    private final AnnotationService annotations;
    private final EventService events;
    private final AnnotationSchema schema;

    ReviewService(DocumentService documents, AnnotationService annotations, EventService events,
                  AnnotationSchema schema) {
        this.documents = documents;
        this.annotations = annotations;
        this.events = events;
        this.schema = schema;
    }

    /** The document to review; a NEW one becomes IN_REVIEW. */
    public Optional<Document> openDocument(long documentId, String analyst) {
        Optional<Document> document = documents.findDocument(documentId);
        if (document.isPresent() && document.get().getStatus() == DocumentStatus.NEW) {
            return Optional.of(documents.changeStatus(documentId, document.get().getVersion(),
                    DocumentStatus.IN_REVIEW, analyst));
        }
        return document;
    }

    public EntityMention addEntity(Document document, Span span, String label, String analyst) {
        if (!schema.hasEntityType(label)) {
            throw new IllegalArgumentException("\"" + label + "\" is not a label of the schema ("
                    + schema.entityTypeNames() + ")");
        }
        if (span.end() > document.getTextLength()) {
            throw new IllegalArgumentException("the selection ends outside the text");
        }
        return annotations.addManualEntity(document.getId(), span, label, analyst);
    }

    /** An event on a trigger the analyst selected; ACCEPTED, to be filled with arguments next. */
    public Event addEvent(Document document, Span trigger, String type, String analyst) {
        eventType(type);
        if (trigger.end() > document.getTextLength()) {
            throw new IllegalArgumentException("the trigger ends outside the text");
        }
        return events.createEvent(document.getId(), type, trigger, analyst);
    }

    public Event retypeEvent(Event event, String type, String analyst) {
        Set<String> roles = eventType(type).roles().stream().map(RoleDefinition::name).collect(Collectors.toSet());
        return events.retypeEvent(versioned(event), type, roles, analyst);
    }

    /**
     * Fills a role. Choosing a pending entity as an argument confirms it, so it is accepted in the
     * same transaction (else the gold export would drop the argument with its undecided entity).
     */
    @Transactional
    public Event fillRole(Event event, String role, EntityMention entity, String analyst) {
        checkFits(event, role, entity);
        confirm(entity, analyst);
        return events.addArgument(versioned(event), role, entity.getId(), analyst);
    }

    /** Puts another entity into an argument's role; a pending entity is confirmed as in fillRole. */
    @Transactional
    public Event changeArgument(Event event, EventArgument argument, EntityMention entity, String analyst) {
        checkFits(event, argument.getRole(), entity);
        confirm(entity, analyst);
        return events.changeArgument(versioned(event), argument.getId(), entity.getId(), analyst);
    }

    private void confirm(EntityMention entity, String analyst) {
        if (entity.getStatus() == AnnotationStatus.PENDING) {
            annotations.acceptEntity(entity.getId(), entity.getVersion(), analyst);
        }
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

    private void checkFits(Event event, String role, EntityMention entity) {
        RoleDefinition definition = role(event, role);
        if (!definition.accepts(entity.getLabel())) {
            throw new IllegalArgumentException(role + " takes " + String.join(", ", definition.accepts())
                    + "; this entity is " + entity.getLabel());
        }
    }

    private RoleDefinition role(Event event, String role) {
        return eventType(event.getType()).role(role).orElseThrow(() -> new IllegalArgumentException(
                event.getType() + " has no role \"" + role + "\""));
    }

    private EventType eventType(String type) {
        return schema.eventType(type).orElseThrow(() -> new IllegalArgumentException(
                "\"" + type + "\" is not an event type of the schema"));
    }

    private static VersionedId versioned(Event event) {
        return new VersionedId(event.getId(), event.getVersion());
    }

    public Document finishDocument(Document document, String analyst) {
        return documents.changeStatus(document.getId(), document.getVersion(), DocumentStatus.DONE, analyst);
    }

    /** The first document after this one (then from the start) that is not DONE. */
    public Optional<Long> nextToReview(long afterDocumentId) {
        List<DocumentStatus> open = List.of(DocumentStatus.NEW, DocumentStatus.IN_REVIEW);
        List<Long> after = documents.findDocumentIdsAfter(afterDocumentId, open, 1);
        if (!after.isEmpty()) {
            return Optional.of(after.getFirst());
        }
        return documents.findDocumentIdsAfter(0, open, 1).stream().filter(id -> id != afterDocumentId).findFirst();
    }
}
