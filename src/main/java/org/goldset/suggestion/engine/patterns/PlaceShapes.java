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
 * Places told by the shape of their names, where CoreNLP and the place lists cut them apart or
 * mislabel them:
 * <ul>
 *   <li>a natural feature is one LOCATION with its name, by our guidelines' "seas, rivers, mountains,
 *   deserts": "Gulf of Aden" (CoreNLP: "Gulf of" + the city "Aden"), "Sea of Japan", "Cape of Good
 *   Hope", "Dnipro River" (the list: the city "Dnipro"), "Korean Peninsula", "Nuba Mountains",
 *   "Lake Chad";</li>
 *   <li>what follows "the town of", "the city of", "the village of", "the province of" is a GPE, whatever
 *   CoreNLP took it for ("the town of Fada N'Gourma" is no person).</li>
 * </ul>
 * Both run before the merge, where the longer span wins over the parts.
 */
final class PlaceShapes {

    private static final double SCORE = 0.8;
    /** A capitalised name word ("Aden", "N'Gourma", "el-Mandeb"), or a joining particle inside a name. */
    private static final String NAME_WORD = "(?:[A-Z][\\p{L}\\p{M}'’-]*|al-[\\p{L}'’-]+|el-[\\p{L}'’-]+)";
    /** Name words on one line: a headline's last word is not part of the dateline under it. */
    private static final String NAME = NAME_WORD + "(?:[ \\t]+" + NAME_WORD + "){0,2}";
    private static final Pattern FEATURE_OF_NAME = Pattern.compile(
            "\\b(?:Gulf|Sea|Bay|Strait|Straits|Cape|Isle|Horn|Lake|Mount|Mt\\.)[ \\t]+of[ \\t]+(?:the[ \\t]+)?" + NAME + "\\b");
    private static final Pattern NAME_THEN_FEATURE = Pattern.compile("\\b(" + NAME + ")[ \\t]+(?:River|Sea|Ocean|Strait"
            + "|Straits|Mountains|Desert|Peninsula|Valley|Basin|Plateau|Gulf|Bay|Lake|Delta|Highlands)\\b");
    private static final Pattern FEATURE_THEN_NAME = Pattern.compile("\\b(?:Lake|Mount|Mt\\.)[ \\t]+" + NAME + "\\b");
    private static final Pattern SETTLEMENT_OF = Pattern.compile(
            "\\b(?:town|city|village|province|district|governorate|municipality)[ \\t]+of[ \\t]+(" + NAME + ")\\b");
    /** Capitalised words that open a sentence or a phrase but are never part of a place's name. */
    private static final Set<String> NOT_NAME_WORDS = Set.of("The", "A", "An", "In", "At", "On", "From", "To", "Near",
            "Across", "Along", "Into", "Over", "Through", "Off", "Of", "By", "For", "With", "And", "Its", "His", "Her",
            "Their", "Our", "This", "That", "Both", "Two", "Several", "Many", "Some", "Other", "Whole", "Entire");

    private PlaceShapes() {
    }

    static List<EntitySuggestion> find(DocumentAnalysis analysis) {
        TextOffsets offsets = analysis.text();
        String text = offsets.text();
        List<EntitySuggestion> suggestions = new ArrayList<>();
        for (Pattern feature : List.of(FEATURE_OF_NAME, FEATURE_THEN_NAME)) {
            Matcher matcher = feature.matcher(text);
            while (matcher.find()) {
                suggestions.add(suggestion(offsets, matcher.start(), matcher.end(), "LOCATION"));
            }
        }
        Matcher named = NAME_THEN_FEATURE.matcher(text);
        while (named.find()) {
            int start = nameStart(named.group(1), named.start(1));
            if (start < named.end(1)) {
                suggestions.add(suggestion(offsets, start, named.end(), "LOCATION"));
            }
        }
        Matcher settlement = SETTLEMENT_OF.matcher(text);
        while (settlement.find()) {
            suggestions.add(suggestion(offsets, settlement.start(1), settlement.end(1), "GPE"));
        }
        return suggestions;
    }

    /** "The Red Sea" → "Red Sea", "From Lake" → nothing: where the name starts within the words. */
    private static int nameStart(String words, int start) {
        Matcher word = Pattern.compile("\\S+").matcher(words);
        int nameStart = start + words.length();
        while (word.find()) {
            if (NOT_NAME_WORDS.contains(word.group())) {
                nameStart = start + words.length();
            } else if (nameStart == start + words.length()) {
                nameStart = start + word.start();
            }
        }
        return nameStart;
    }

    /** The span without a possessive: "the city of Khartoum's" names Khartoum. */
    private static EntitySuggestion suggestion(TextOffsets offsets, int start, int end, String label) {
        String covered = offsets.text().substring(start, end);
        if (covered.endsWith("'s") || covered.endsWith("’s")) {
            end -= 2;
        }
        return new EntitySuggestion(new Span(offsets.toCodePoints(start), offsets.toCodePoints(end)), label, SCORE);
    }
}
