package org.goldset.suggestion.engine.patterns;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.goldset.nlp.DocumentAnalysis;
import org.goldset.suggestion.engine.EntitySuggestion;
import org.goldset.text.Span;
import org.goldset.text.TextOffsets;

/**
 * The place of a news dateline: the capitals opening a paragraph before a dash, with an optional
 * country or state and agency ("TEHRAN —", "KHARTOUM, Sudan (AP) —", "PORT SUDAN (Reuters) -").
 * Taggers trained on mixed-case text miss such all-capital names; a dateline's place is a city, so GPE.
 */
final class Datelines {

    private static final double SCORE = 0.85;
    private static final Pattern DATELINE = Pattern.compile("(?m)^\\s*([A-Z][A-Z'’.-]{2,}(?:\\s+[A-Z][A-Z'’.-]+){0,2})"
            + "(?:,\\s+[A-Z][A-Za-z.]+(?:\\s+[A-Z][A-Za-z.]+)?)?\\s*(?:\\([A-Za-z .]+\\)\\s*)?(?:—|–|--?)\\s");
    /** Capitals that open a paragraph before a dash but are no place. */
    private static final Set<String> NOT_PLACES = Set.of("UPDATE", "UPDATED", "BREAKING", "EXCLUSIVE", "WATCH",
            "ANALYSIS", "LIVE", "OPINION", "EDITOR'S NOTE", "NOTE", "CORRECTION", "FILE", "PHOTO", "VIDEO", "READ MORE",
            "ADVERTISEMENT", "FACTBOX", "EXPLAINER", "URGENT", "FLASH", "NEWS", "THE", "AND");

    private Datelines() {
    }

    static List<EntitySuggestion> find(DocumentAnalysis analysis) {
        TextOffsets offsets = analysis.text();
        List<EntitySuggestion> suggestions = new ArrayList<>();
        Matcher matcher = DATELINE.matcher(offsets.text());
        while (matcher.find()) {
            String place = matcher.group(1);
            if (!NOT_PLACES.contains(place) && !place.endsWith(".")) {
                suggestions.add(new EntitySuggestion(new Span(offsets.toCodePoints(matcher.start(1)),
                        offsets.toCodePoints(matcher.end(1))), "GPE", SCORE));
            }
        }
        return suggestions;
    }
}
