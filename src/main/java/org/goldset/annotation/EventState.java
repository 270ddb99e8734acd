package org.goldset.annotation;

import java.util.List;

/**
 * Everything about an event an analyst can change, kept to undo or redo a decision: its type, its
 * status and its arguments (role, entity, status, provenance).
 */
public record EventState(String type, ReviewState review, List<ArgumentState> arguments) {

    public EventState {
        arguments = List.copyOf(arguments);
    }

    public static EventState of(Event event) {
        return new EventState(event.getType(), event.getReview(), event.getArguments().stream()
                .map(argument -> new ArgumentState(argument.getRole(), argument.getEntity().getId(),
                        argument.getReview(), argument.getOrigin()))
                .toList());
    }

    /** One argument as it was. */
    public record ArgumentState(String role, long entityId, ReviewState review, Origin origin) {

        boolean sameSlot(EventArgument argument) {
            return argument.getRole().equals(role) && argument.getEntity().getId() == entityId;
        }
    }
}
