package org.goldset.review.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.goldset.review.UndoStep;

/**
 * One document's undo and redo stacks. They hold {@link UndoStep}s, which are data (the stored state
 * before and after each decision), never recipes: {@code ReviewHistory} applies them.
 */
final class UndoHistory {

    /** Enough for a day's work on one article; the oldest steps fall off. */
    private static final int LIMIT = 1_000;

    private final Deque<UndoStep> done = new ArrayDeque<>();
    private final Deque<UndoStep> undone = new ArrayDeque<>();

    synchronized void record(UndoStep step) {
        done.push(step);
        if (done.size() > LIMIT) {
            done.removeLast();
        }
        undone.clear();
    }

    synchronized Optional<UndoStep> nextUndo() {
        return Optional.ofNullable(done.peek());
    }

    synchronized Optional<UndoStep> nextRedo() {
        return Optional.ofNullable(undone.peek());
    }

    /** The step returned by nextUndo was undone: it can be redone. */
    synchronized void undone() {
        undone.push(done.pop());
    }

    /** The step returned by nextRedo was redone: it can be undone again. */
    synchronized void redone() {
        done.push(undone.pop());
    }

    /** A step that can no longer be applied (someone changed its rows) is dropped, with those after it. */
    synchronized void dropUndo() {
        done.pop();
    }

    synchronized void dropRedo() {
        undone.clear();
    }
}
