package org.goldset.review;

import java.util.ArrayList;
import java.util.List;
import org.goldset.annotation.AnnotationSnapshots;
import org.goldset.annotation.EntityMention;
import org.goldset.annotation.EntitySnapshot;
import org.goldset.annotation.Event;
import org.goldset.annotation.EventSnapshot;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes a decision back (undo) or makes it again (redo) from its {@link UndoStep}: every row it
 * touched goes to its exact stored state (same id, provenance, alternatives, KB id and arguments),
 * in one transaction, each change a recorded decision. A row someone changed since is not
 * overwritten: the whole step is refused.
 */
@PreAuthorize("hasRole('ANALYST')")
@Service
public class ReviewHistory {

    private final AnnotationSnapshots snapshots;

    ReviewHistory(AnnotationSnapshots snapshots) {
        this.snapshots = snapshots;
    }

    @Transactional
    public ReviewChange undo(UndoStep step, String analyst) {
        return apply(step, true, analyst);
    }

    @Transactional
    public ReviewChange redo(UndoStep step, String analyst) {
        return apply(step, false, analyst);
    }

    /**
     * Entities that come back or change go first (events' arguments may point at them), then the
     * events, then the entities that go.
     */
    private ReviewChange apply(UndoStep step, boolean back, String analyst) {
        List<EntityMention> changedEntities = new ArrayList<>();
        List<Long> removedEntities = new ArrayList<>();
        List<Event> changedEvents = new ArrayList<>();
        List<Long> removedEvents = new ArrayList<>();
        List<UndoStep.Change<EntitySnapshot>> removals = new ArrayList<>();
        for (UndoStep.Change<EntitySnapshot> change : step.entities()) {
            EntitySnapshot target = back ? change.before() : change.after();
            if (target == null) {
                removals.add(change);
            } else {
                snapshots.restoreEntity(back ? change.after() : change.before(), target, analyst)
                        .ifPresent(changedEntities::add);
            }
        }
        for (UndoStep.Change<EventSnapshot> change : step.events()) {
            EventSnapshot expected = back ? change.after() : change.before();
            EventSnapshot target = back ? change.before() : change.after();
            snapshots.restoreEvent(expected, target, analyst).ifPresentOrElse(changedEvents::add,
                    () -> removedEvents.add(expected.id()));
        }
        for (UndoStep.Change<EntitySnapshot> change : removals) {
            EntitySnapshot expected = back ? change.after() : change.before();
            snapshots.restoreEntity(expected, null, analyst);
            removedEntities.add(expected.id());
        }
        return new ReviewChange(changedEntities, removedEntities, changedEvents, removedEvents, step);
    }
}
