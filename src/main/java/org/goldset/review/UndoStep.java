package org.goldset.review;

import java.util.List;
import org.goldset.annotation.EntitySnapshot;
import org.goldset.annotation.EventSnapshot;

/**
 * One decision as the review screen can take it back: what it was ("accept 'Tehran' GPE") and, for
 * every entity and event it touched, the full stored state before and after (null where the row did
 * not exist). Undo brings each from after to before, redo from before to after, through
 * {@link ReviewHistory}; nothing is rebuilt in the view.
 */
public record UndoStep(String description, List<Change<EntitySnapshot>> entities, List<Change<EventSnapshot>> events) {

    public UndoStep {
        entities = List.copyOf(entities);
        events = List.copyOf(events);
    }

    /** One row's state before and after the decision; null where it did not exist. */
    public record Change<T>(T before, T after) {
    }
}
