package org.goldset.review;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.goldset.annotation.AnnotationSnapshots;
import org.goldset.annotation.AnnotationStatus;
import org.goldset.annotation.EntityMention;
import org.goldset.annotation.EntityService;
import org.goldset.annotation.Event;
import org.goldset.annotation.EventArgument;
import org.goldset.annotation.EventService;
import org.goldset.annotation.StaleAnnotationException;
import org.goldset.annotation.VersionedId;
import org.goldset.base.Json;
import org.goldset.corpus.Document;
import org.goldset.schema.AnnotationSchema;
import org.goldset.schema.EventType;
import org.goldset.schema.RoleDefinition;
import org.goldset.text.Span;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The review screen's door for decisions about events and their arguments, with the schema's rules
 * (types, roles, the entity types a role takes). Like {@link EntityDecisions}, each decision is one
 * transaction and returns what changed with its {@link UndoStep}.
 *
 * <p>Nothing the analyst accepts may silently miss the gold: the export keeps an argument only if
 * its entity is accepted, so accepting an argument, or filling a role, accepts a pending entity in
 * the same transaction (and the same undo step).
 */
@PreAuthorize("hasRole('ANALYST')")
@Service
public class EventDecisions {

    private static final JsonMapper JSON = Json.MAPPER;

    private final EventService events;
    private final EntityService entities;
    private final AnnotationSnapshots snapshots;
    private final AnnotationSchema schema;

    EventDecisions(EventService events, EntityService entities, AnnotationSnapshots snapshots, AnnotationSchema schema) {
        this.events = events;
        this.snapshots = snapshots;
        this.entities = entities;
        this.schema = schema;
    }

    /**
     * Accepts or rejects several mentions of one real event together. With {@code withArguments},
     * accepting also accepts each event's pending arguments and their pending entities.
     */
    @Transactional
    public ReviewChange decide(Document document, List<VersionedId> together, AnnotationStatus status,
                               boolean withArguments, String analyst) {
        StepRecorder step = new StepRecorder(entities, events, snapshots);
        together.forEach(id -> step.event(id.id()));
        List<Event> decided = events.decideEvents(together, status, analyst);
        int arguments = 0;
        if (withArguments && status == AnnotationStatus.ACCEPTED) {
            for (Event event : decided) {
                List<EventArgument> pending = event.getArguments().stream()
                        .filter(argument -> argument.getStatus() == AnnotationStatus.PENDING).toList();
                if (!pending.isEmpty()) {
                    pending.forEach(argument -> confirm(argument.getEntity(), analyst, step));
                    Event now = events.findEvent(event.getId()).orElseThrow();
                    events.acceptPendingArguments(new VersionedId(now.getId(), now.getVersion()), analyst);
                    arguments += pending.size();
                }
            }
        }
        Event first = decided.getFirst();
        String what = verb(status) + " " + describe(document, first)
                + (together.size() > 1 ? " and " + (together.size() - 1) + " more mention(s)" : "")
                + (arguments > 0 ? " with " + arguments + " argument(s)" : "");
        return step.finish(what);
    }

    /** Accepts or rejects one argument; accepting it accepts its pending entity too. */
    @Transactional
    public ReviewChange decideArgument(Document document, VersionedId event, long argumentId, AnnotationStatus status,
                                       String analyst) {
        StepRecorder step = new StepRecorder(entities, events, snapshots);
        step.event(event.id());
        Event current = events.findEvent(event.id()).orElseThrow(() -> new StaleAnnotationException("Event " + event.id()));
        EventArgument argument = current.getArguments().stream().filter(a -> a.getId() == argumentId).findFirst()
                .orElseThrow(() -> new StaleAnnotationException("Argument " + argumentId));
        if (status == AnnotationStatus.ACCEPTED) {
            confirm(argument.getEntity(), analyst, step);
        }
        events.decideArgument(event, argumentId, status, analyst);
        return step.finish(verb(status) + " " + argument.getRole() + " "
                + Describe.quoted(document, argument.getEntity().getSpan()) + " of " + describe(document, current));
    }

    /** Corrects the type: roles the new type lacks are removed, its CAMEO code becomes the type's. */
    @Transactional
    public ReviewChange retype(Document document, VersionedId event, String type, String analyst) {
        EventType newType = eventType(type);
        Set<String> roles = newType.roles().stream().map(RoleDefinition::name).collect(Collectors.toSet());
        String cameo = newType.cameoCodes().isEmpty() ? null : JSON.writeValueAsString(newType.cameoCodes().getFirst());
        StepRecorder step = new StepRecorder(entities, events, snapshots);
        step.event(event.id());
        Event before = events.findEvent(event.id()).orElseThrow(() -> new StaleAnnotationException("Event " + event.id()));
        String what = "retype " + describe(document, before) + " as " + type;
        events.retypeEvent(event, type, roles, cameo, analyst);
        return step.finish(what);
    }

    /**
     * Puts the entity into the role, or in place of the entity of argument {@code replacing} (null to
     * add). A pending entity is accepted with it.
     */
    @Transactional
    public ReviewChange fill(Document document, VersionedId event, String role, Long replacing, long entityId,
                             String analyst) {
        Event current = events.findEvent(event.id()).orElseThrow(() -> new StaleAnnotationException("Event " + event.id()));
        EntityMention entity = entities.findEntity(entityId)
                .orElseThrow(() -> new StaleAnnotationException("Annotation " + entityId));
        String filled = replacing == null ? role : current.getArguments().stream()
                .filter(argument -> argument.getId().equals(replacing)).findFirst().map(EventArgument::getRole)
                .orElseThrow(() -> new StaleAnnotationException("Argument " + replacing));
        if (!entity.getDocumentId().equals(current.getDocumentId())) {
            throw new IllegalArgumentException("an argument must be an entity of the event's own document");
        }
        checkFits(current, filled, entity);
        StepRecorder step = new StepRecorder(entities, events, snapshots);
        step.event(event.id());
        confirm(entity, analyst, step);
        if (replacing == null) {
            events.addArgument(event, role, entityId, analyst);
        } else {
            events.changeArgument(event, replacing, entityId, analyst);
        }
        return step.finish((replacing == null ? "fill " : "change ") + filled + " of " + describe(document, current)
                + " with " + Describe.quoted(document, entity.getSpan()));
    }

    /** Splits the event off its group: it is decided on its own from now on. */
    @Transactional
    public ReviewChange split(Document document, VersionedId event, String analyst) {
        StepRecorder step = new StepRecorder(entities, events, snapshots);
        step.event(event.id());
        Event split = events.splitFromGroup(event, analyst);
        return step.finish("split " + describe(document, split) + " off its group");
    }

    /** An event on a trigger the analyst marked: ACCEPTED and MANUAL, to be filled next. */
    @Transactional
    public ReviewChange create(Document document, Span trigger, String type, String analyst) {
        eventType(type);
        EntityDecisions.checkInside(document, trigger, "the trigger");
        Event created = events.createEvent(document.getId(), analyst, type, trigger, analyst);
        StepRecorder step = new StepRecorder(entities, events, snapshots);
        step.createdEvent(created.getId());
        return step.finish("new " + describe(document, created));
    }

    /** Choosing or accepting an argument confirms its entity: a pending one is accepted with it. */
    private void confirm(EntityMention entity, String analyst, StepRecorder step) {
        EntityMention now = entities.findEntity(entity.getId())
                .orElseThrow(() -> new StaleAnnotationException("Annotation " + entity.getId()));
        if (now.getStatus() == AnnotationStatus.PENDING) {
            step.entity(now.getId());
            entities.acceptEntity(now.getId(), now.getVersion(), analyst);
        } else if (now.getStatus() == AnnotationStatus.REJECTED) {
            throw new IllegalArgumentException("that entity was rejected: accept or correct it first");
        }
    }

    private void checkFits(Event event, String role, EntityMention entity) {
        RoleDefinition definition = eventType(event.getType()).role(role).orElseThrow(() ->
                new IllegalArgumentException(event.getType() + " has no role \"" + role + "\""));
        if (!definition.accepts(entity.getLabel())) {
            throw new IllegalArgumentException(role + " takes " + String.join(", ", definition.accepts())
                    + "; this entity is " + entity.getLabel());
        }
    }

    private EventType eventType(String type) {
        return schema.eventType(type).orElseThrow(() -> new IllegalArgumentException(
                "\"" + type + "\" is not an event type of the schema"));
    }

    private static String verb(AnnotationStatus status) {
        return status == AnnotationStatus.ACCEPTED ? "accept" : "reject";
    }

    private static String describe(Document document, Event event) {
        return event.getType() + " " + Describe.quoted(document, event.getTrigger());
    }
}
