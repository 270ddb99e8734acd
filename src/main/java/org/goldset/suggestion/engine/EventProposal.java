package org.goldset.suggestion.engine;

import java.util.List;
import org.goldset.text.Span;

/** A proposed event: trigger, type, CAMEO code, modality, score and role arguments. */
public record EventProposal(Span trigger, String type, String cameo, String modality, double score,
                            List<ArgumentProposal> arguments) {

    public EventProposal {
        arguments = List.copyOf(arguments);
    }

    /** One role filled by one of the document's entities. */
    public record ArgumentProposal(String role, KnownEntity entity) {
    }
}
