package org.goldset.annotation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.goldset.history.Decision;
import org.goldset.schema.EventAttribute;
import org.goldset.text.Span;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An analyst's decisions about events: accept, reject, retype, create, and fill, change or decide
 * their arguments. Every change checks the version the analyst saw, bumps it (an argument edit is an
 * edit of its event) and writes one history row with the event's state before and after.
 * Schema rules (which types and roles exist, which entities a role takes) are checked by the caller.
 */
@Service
public class EventService {


    private final EventRepository events;
    private final EntityMentionRepository mentions;
    private final DecisionLog decisionLog;
    private final StoredRows rows;
    private final EntityManager entityManager;
    private final Clock clock;

    EventService(EventRepository events, EntityMentionRepository mentions, DecisionLog decisionLog, StoredRows rows,
                 EntityManager entityManager, Clock clock) {
        this.events = events;
        this.mentions = mentions;
        this.decisionLog = decisionLog;
        this.rows = rows;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<Event> findEvent(long eventId) {
        return events.findById(eventId);
    }

    /** An event the engines missed, marked by the analyst on its trigger in the layer: ACCEPTED and MANUAL. */
    @Transactional
    public Event createEvent(long documentId, String layer, String type, Span trigger, String actor) {
        Event event = new Event(documentId, type, trigger, accepted(actor), Origin.manual(), clock.instant())
                .inLayer(layer);
        events.saveAndFlush(event);
        decisionLog.event(Decision.Action.CREATE, event, null, actor, null);
        return event;
    }

    /**
     * Accepts or rejects several events at once (the mentions of one real event); their history
     * rows share a batch id. Fails as a whole if any of them changed meanwhile.
     */
    @Transactional
    public List<Event> decideEvents(List<VersionedId> ids, AnnotationStatus status, String actor) {
        String batch = ids.size() > 1 ? UUID.randomUUID().toString() : null;
        Decision.Action action = status == AnnotationStatus.ACCEPTED ? Decision.Action.ACCEPT : Decision.Action.REJECT;
        List<Event> decided = new ArrayList<>();
        for (VersionedId id : ids) {
            decided.add(change(id, action, actor, batch, event -> event.setReview(decision(status, actor))));
        }
        return decided;
    }

    /**
     * Corrects the type; the event becomes ACCEPTED. Arguments in roles the new type does not have
     * are removed (undo brings them back), so the event never holds a role its type lacks; the CAMEO
     * code becomes the new type's (JSON text; null for a type without one).
     */
    @Transactional
    public Event retypeEvent(VersionedId id, String type, Set<String> rolesOfType, String cameoJson, String actor) {
        return change(id, Decision.Action.RELABEL, actor, null, event -> {
            event.retype(type);
            // A CAMEO code belongs to its type: an ATTACK's code on a THREATEN would be exported wrong.
            if (cameoJson == null) {
                event.getAttributesJson().remove(EventAttribute.CAMEO.key());
            } else {
                event.getAttributesJson().put(EventAttribute.CAMEO.key(), cameoJson);
            }
            List.copyOf(event.getArguments()).stream()
                    .filter(argument -> !rolesOfType.contains(argument.getRole()))
                    .forEach(event::removeArgument);
            event.setReview(accepted(actor));
        });
    }

    /** Fills a role with an entity of the same document; the argument is ACCEPTED and MANUAL. */
    @Transactional
    public Event addArgument(VersionedId id, String role, long entityId, String actor) {
        return change(id, Decision.Action.ADD_ARGUMENT, actor, null, event -> {
            EntityMention entity = entityOf(event, entityId);
            boolean alreadyThere = event.getArguments().stream()
                    .anyMatch(argument -> argument.getRole().equals(role) && argument.getEntity().getId() == entityId);
            if (alreadyThere) {
                throw new IllegalArgumentException("“" + role + "” is already filled by that entity");
            }
            event.addArgument(role, entity, accepted(actor), Origin.manual());
        });
    }

    /** Puts another entity into an argument's role; the argument becomes ACCEPTED. */
    @Transactional
    public Event changeArgument(VersionedId id, long argumentId, long entityId, String actor) {
        return change(id, Decision.Action.CHANGE_ARGUMENT, actor, null, event -> {
            EventArgument argument = argumentOf(event, argumentId);
            argument.refill(entityOf(event, entityId));
            argument.setReview(accepted(actor));
        });
    }

    /**
     * Takes the event out of its group (the mentions of one real event decided together): the
     * analyst says it is another event. It gets a group of its own.
     */
    @Transactional
    public Event splitFromGroup(VersionedId id, String actor) {
        return change(id, Decision.Action.SPLIT, actor, null,
                event -> event.getAttributesJson().put(EventAttribute.GROUP.key(), "\"own-" + event.getId() + "\""));
    }

    /** Accepts every pending argument of the event at once (accepting an event "with its arguments"). */
    @Transactional
    public Event acceptPendingArguments(VersionedId id, String actor) {
        return change(id, Decision.Action.ACCEPT, actor, null, event -> event.getArguments().stream()
                .filter(argument -> argument.getStatus() == AnnotationStatus.PENDING)
                .forEach(argument -> argument.setReview(accepted(actor))));
    }

    @Transactional
    public Event decideArgument(VersionedId id, long argumentId, AnnotationStatus status, String actor) {
        Decision.Action action = status == AnnotationStatus.ACCEPTED ? Decision.Action.ACCEPT : Decision.Action.REJECT;
        return change(id, action, actor, null, event -> argumentOf(event, argumentId).setReview(decision(status, actor)));
    }

    /** Removes an event (undoing its creation); the history keeps its last state. */
    @Transactional
    public void deleteEvent(VersionedId id, String actor) {
        Event event = load(id, actor);
        String before = DecisionLog.snapshot(event);
        events.delete(event);
        events.flush();
        decisionLog.eventDeleted(event, before, actor);
    }

    /** A layer's events of the document, by trigger. */
    @Transactional(readOnly = true)
    public List<Event> findEvents(long documentId, String layer) {
        return events.findByDocumentIdAndLayerOrderByTriggerStartAscIdAsc(documentId, layer);
    }

    @Transactional(readOnly = true)
    public long countEvents(long documentId, String layer) {
        return events.countByDocumentIdAndLayer(documentId, layer);
    }

    @Transactional(readOnly = true)
    public long countPendingEvents(long documentId, String layer) {
        return events.countByDocumentIdAndLayerAndReviewStatus(documentId, layer, AnnotationStatus.PENDING);
    }

    /** Loads the event at the version the analyst saw, applies the edit, bumps the version, records it. */
    private Event change(VersionedId id, Decision.Action action, String actor, String batch, Consumer<Event> edit) {
        Event event = load(id, actor);
        String before = DecisionLog.snapshot(event);
        edit.accept(event);
        entityManager.lock(event, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        events.saveAndFlush(event);
        decisionLog.event(action, event, before, actor, batch);
        return event;
    }

    private Event load(VersionedId id, String actor) {
        Event event = events.findById(id.id()).orElseThrow(() -> new StaleAnnotationException("Event " + id.id()));
        Layers.checkDecider(event.getLayer(), actor);
        if (event.getVersion() != id.version()) {
            throw new StaleAnnotationException("Event " + id.id());
        }
        return event;
    }

    private EntityMention entityOf(Event event, long entityId) {
        EntityMention entity = mentions.findById(entityId)
                .orElseThrow(() -> new StaleAnnotationException("Annotation " + entityId));
        if (!entity.getDocumentId().equals(event.getDocumentId()) || !entity.getLayer().equals(event.getLayer())) {
            throw new IllegalArgumentException("an argument must be an entity of the event's own document and layer");
        }
        if (entity.getStatus() == AnnotationStatus.REJECTED) {
            throw new IllegalArgumentException("that entity was rejected: accept or correct it first");
        }
        return entity;
    }

    private static EventArgument argumentOf(Event event, long argumentId) {
        return event.getArguments().stream().filter(argument -> argument.getId() == argumentId).findFirst()
                .orElseThrow(() -> new StaleAnnotationException("Argument " + argumentId));
    }

    private ReviewState accepted(String actor) {
        return decision(AnnotationStatus.ACCEPTED, actor);
    }

    private ReviewState decision(AnnotationStatus status, String actor) {
        return new ReviewState(status, actor, clock.instant());
    }
}
