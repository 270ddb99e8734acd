package org.goldset.annotation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.goldset.history.Decision;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Annotations exactly as stored, and back: the snapshots an undo step keeps, and the restore that
 * brings an entity or event from one snapshot to another under its own id (undo and redo).
 */
@Service
public class AnnotationSnapshots {

    private final EntityMentionRepository mentions;
    private final EventRepository events;
    private final EntityService entities;
    private final EventService eventService;
    private final DecisionLog decisionLog;
    private final StoredRows rows;
    private final EntityManager entityManager;

    AnnotationSnapshots(EntityMentionRepository mentions, EventRepository events, EntityService entities,
                        EventService eventService, DecisionLog decisionLog, StoredRows rows, EntityManager entityManager) {
        this.mentions = mentions;
        this.events = events;
        this.entities = entities;
        this.eventService = eventService;
        this.decisionLog = decisionLog;
        this.rows = rows;
        this.entityManager = entityManager;
    }

    /**
     * The mention exactly as stored. Without its arguments: a decision that keeps the mention never
     * changes the arguments pointing at it (those are restored with their events).
     */
    @Transactional(readOnly = true)
    public EntitySnapshot snapshotEntity(long mentionId) {
        return EntitySnapshot.of(mentions.findById(mentionId)
                .orElseThrow(() -> new StaleAnnotationException("Annotation " + mentionId)), List.of());
    }

    /** The mention exactly as stored with the event arguments that point at it: what a delete takes along. */
    @Transactional(readOnly = true)
    public EntitySnapshot snapshotEntityWithArguments(long mentionId) {
        return EntitySnapshot.of(mentions.findById(mentionId)
                .orElseThrow(() -> new StaleAnnotationException("Annotation " + mentionId)),
                mentions.findArgumentsOf(List.of(mentionId)));
    }

    /** Several mentions exactly as stored (without arguments), in the order asked. */
    @Transactional(readOnly = true)
    public List<EntitySnapshot> snapshotEntities(List<Long> mentionIds) {
        Map<Long, EntityMention> byId = entities.findAll(mentionIds);
        return mentionIds.stream().map(id -> {
            EntityMention mention = byId.get(id);
            if (mention == null) {
                throw new StaleAnnotationException("Annotation " + id);
            }
            return EntitySnapshot.of(mention, List.of());
        }).toList();
    }

    /**
     * Brings a mention from the state {@code expected} to the state {@code target} (undo and redo):
     * a null target deletes it, a null expected state means it must not exist and comes back under
     * its own id with the event arguments that pointed at it. Refused if the stored mention no
     * longer shows {@code expected} (someone changed it since), so an undo never overwrites a
     * decision it did not make.
     */
    @Transactional
    public Optional<EntityMention> restoreEntity(EntitySnapshot expected, EntitySnapshot target, String actor) {
        long id = target != null ? target.id() : expected.id();
        Optional<EntityMention> current = mentions.findById(id);
        boolean asExpected = expected == null ? current.isEmpty()
                : current.isPresent() && expected.sameContent(current.get());
        if (!asExpected) {
            throw new StaleAnnotationException("Annotation " + id);
        }
        if (target == null) {
            entities.deleteEntity(id, current.get().getVersion(), actor);
            return Optional.empty();
        }
        String before = current.map(DecisionLog::snapshot).orElse(null);
        if (current.isPresent()) {
            EntityMention mention = current.get();
            mention.relabel(target.label());
            mention.respan(target.span());
            mention.setReview(target.review());
            mention.setCanonicalName(target.canonicalName());
            mention.setKbId(target.kbId());
            mention.setSuggestionDetails(target.enginesJson(), target.alternativesJson(), target.origin());
            mentions.saveAndFlush(mention);
        } else {
            mentions.flush();
            rows.insertEntity(target);
        }
        if (current.isEmpty()) {
            // Its arguments went with it (ON DELETE CASCADE): they come back with it. An existing
            // mention's arguments are its events' business and are restored with them.
            Set<Long> touchedEvents = new HashSet<>();
            for (ArgumentSnapshot argument : target.arguments()) {
                if (rows.insertArgumentIfPossible(argument)) {
                    touchedEvents.add(argument.eventId());
                }
            }
            rows.bumpEventVersions(touchedEvents);
        }
        entityManager.clear();
        EntityMention restored = mentions.findById(id).orElseThrow();
        decisionLog.entity(Decision.Action.RESTORE, restored, before, actor, null);
        return Optional.of(restored);
    }

    @Transactional(readOnly = true)
    public EventSnapshot snapshotEvent(long eventId) {
        return EventSnapshot.of(events.findById(eventId).orElseThrow(() -> new StaleAnnotationException("Event " + eventId)));
    }

    /**
     * Brings an event from the state {@code expected} to the state {@code target} (undo and redo),
     * like {@link #restoreEntity}: type, status, attributes and arguments, each
     * argument under its own id; a null target deletes the event, a null expected state brings it
     * back. An argument whose entity was deleted meanwhile cannot come back and is left out.
     */
    @Transactional
    public Optional<Event> restoreEvent(EventSnapshot expected, EventSnapshot target, String actor) {
        long id = target != null ? target.id() : expected.id();
        Optional<Event> current = events.findById(id);
        boolean asExpected = expected == null ? current.isEmpty()
                : current.isPresent() && expected.sameContent(current.get());
        if (!asExpected) {
            throw new StaleAnnotationException("Event " + id);
        }
        if (target == null) {
            eventService.deleteEvent(new VersionedId(id, current.get().getVersion()), actor);
            return Optional.empty();
        }
        String before = current.map(DecisionLog::snapshot).orElse(null);
        if (current.isPresent()) {
            Event event = current.get();
            event.retype(target.type());
            event.setReview(target.review());
            event.getAttributesJson().clear();
            event.getAttributesJson().putAll(target.attributes());
            Map<Long, ArgumentSnapshot> wanted = new HashMap<>();
            target.arguments().forEach(argument -> wanted.put(argument.id(), argument));
            for (EventArgument argument : List.copyOf(event.getArguments())) {
                ArgumentSnapshot as = wanted.get(argument.getId());
                if (as == null) {
                    event.removeArgument(argument);
                } else {
                    argument.setReview(as.review());
                    if (argument.getEntity().getId() != as.entityId()) {
                        argument.refill(mentions.findById(as.entityId())
                                .orElseThrow(() -> new StaleAnnotationException("Annotation " + as.entityId())));
                    }
                }
            }
            entityManager.lock(event, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            events.saveAndFlush(event);
        } else {
            events.flush();
            rows.insertEvent(target);
        }
        target.arguments().forEach(rows::insertArgumentIfPossible);
        entityManager.clear();
        Event restored = events.findById(id).orElseThrow();
        decisionLog.event(Decision.Action.RESTORE, restored, before, actor, null);
        return Optional.of(restored);
    }
}
