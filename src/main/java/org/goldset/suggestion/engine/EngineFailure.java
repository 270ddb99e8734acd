package org.goldset.suggestion.engine;

/**
 * An engine could not suggest for this document (its server is down or slow, or answered something
 * unreadable). The run goes on with the other engines; what this engine suggested before for the
 * document is kept, not removed as stale, and the failure is reported in the run's progress.
 */
public class EngineFailure extends RuntimeException {

    public EngineFailure(String message) {
        super(message);
    }

    public EngineFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
