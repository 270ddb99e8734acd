package org.goldset.suggestion.engine;

/** A document's id and text, as a run hands them to {@link SuggestionEngine#prepare} ahead of time. */
public record DocumentText(long id, String text) {
}
