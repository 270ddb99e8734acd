package org.goldset.corpus;

/** The document changed since it was loaded; the change was not applied. */
public class StaleDocumentException extends RuntimeException {

    public StaleDocumentException(String title) {
        super("\"" + title + "\" was changed by someone else since you loaded it; reload to see its current state");
    }
}
