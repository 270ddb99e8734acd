package org.goldset.curation;

import java.util.List;

/**
 * What one curator action changed in a document's gold, kept by the curation screen so the action
 * can be undone: the rows before (or absent, for rows it created) and after.
 */
public record CurationStep(long documentId, String description, List<GoldChanges.RowState> before,
                           List<GoldChanges.RowState> after) {

    public CurationStep {
        before = List.copyOf(before);
        after = List.copyOf(after);
    }

    /** Whether the action changed anything at all. */
    public boolean isEmpty() {
        return before.isEmpty() && after.isEmpty();
    }
}
