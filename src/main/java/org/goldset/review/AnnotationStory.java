package org.goldset.review;

import java.time.Instant;
import java.util.List;

/**
 * An annotation's story as the decision history tells it: where it came from (engine, version and
 * score, or an analyst, or an imported file), then every decision, who made it and when.
 */
public record AnnotationStory(String what, String origin, List<Step> steps) {

    public AnnotationStory {
        steps = List.copyOf(steps);
    }

    /** One decision: when, by whom, what was done, and the state it left ("ACCEPTED GPE"). */
    public record Step(Instant when, String who, String action, String result) {
    }
}
