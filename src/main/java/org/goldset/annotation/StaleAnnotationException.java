package org.goldset.annotation;

/** The annotation changed since the analyst loaded it; their decision was not applied. */
public class StaleAnnotationException extends RuntimeException {

    public StaleAnnotationException(String what) {
        super(what + " was changed by someone else since you loaded it; reload to see the current state");
    }
}
