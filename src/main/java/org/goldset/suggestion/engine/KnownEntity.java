package org.goldset.suggestion.engine;

import org.goldset.text.Span;

/** An entity the document has (suggested or decided), as a span with a label: what event arguments point at. */
public record KnownEntity(Span span, String label) {
}
