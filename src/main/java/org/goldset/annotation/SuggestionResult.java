package org.goldset.annotation;

/** What a suggestion run changed in one document. */
public record SuggestionResult(int added, int removedAsStale, int kept) {

    public SuggestionResult plus(SuggestionResult other) {
        return new SuggestionResult(added + other.added, removedAsStale + other.removedAsStale, kept + other.kept);
    }
}
