package org.goldset.review.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * The review screen's undo and redo stacks. Each step knows how to revert itself and, when that
 * makes sense, how to apply itself again; both go through the services, so undoing is itself a
 * recorded decision and never rewrites history.
 */
final class UndoHistory {

    private record Step(String description, Runnable undo, Runnable redo) {
    }

    private final Deque<Step> done = new ArrayDeque<>();
    private final Deque<Step> undone = new ArrayDeque<>();

    void record(String description, Runnable undo, Runnable redo) {
        done.push(new Step(description, undo, redo));
        undone.clear();
    }

    /** Reverts the latest step; empty means nothing to select afterwards. */
    Optional<Long> undo() {
        Step step = done.poll();
        if (step != null) {
            step.undo().run();
            if (step.redo() != null) {
                undone.push(step);
            }
        }
        return Optional.empty();
    }

    Optional<Long> redo() {
        Step step = undone.poll();
        if (step != null) {
            step.redo().run();
            done.push(step);
        }
        return Optional.empty();
    }

    void clear() {
        done.clear();
        undone.clear();
    }
}
