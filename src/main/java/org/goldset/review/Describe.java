package org.goldset.review;

import org.goldset.corpus.Document;
import org.goldset.text.Span;
import org.goldset.text.TextOffsets;

/** Names an annotation the way the analyst sees it: its text and its label ("'Tehran' GPE"). */
final class Describe {

    private static final int LONGEST = 40;

    private Describe() {
    }

    static String span(Document document, Span span, String label) {
        return quoted(document, span) + " " + label;
    }

    static String quoted(Document document, Span span) {
        String covered = new TextOffsets(document.getText()).slice(span.start(), span.end()).strip();
        if (covered.codePointCount(0, covered.length()) > LONGEST) {
            covered = covered.substring(0, covered.offsetByCodePoints(0, LONGEST - 1)) + "…";
        }
        return "'" + covered + "'";
    }
}
