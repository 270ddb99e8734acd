package org.goldset.suggestion.engine.patterns;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.goldset.nlp.DocumentAnalysis;
import org.goldset.suggestion.engine.EntitySuggestion;
import org.goldset.suggestion.engine.SuggestionEngine;
import org.goldset.text.Span;
import org.goldset.text.TextOffsets;
import org.springframework.stereotype.Component;

/**
 * FACILITY, which CoreNLP does not know, from the shape of facility names: a name followed by a
 * facility head noun ("Ain al-Asad Air Base", "Baghdad International Airport", "Baghdad airport",
 * "U.S. Embassy", "Evin Prison").
 */
@Component
class FacilityPatternEngine implements SuggestionEngine {

    static final String ID = "patterns";
    static final String VERSION = "1";
    private static final double SCORE = 0.8;

    /** A capitalised name word, or an Arabic article/particle inside a name ("al-Asad", "bin"). */
    private static final String NAME_WORD = "(?:[A-Z][\\p{L}\\p{M}'’.-]*|al-[\\p{L}'’-]+|al|el|bin|ibn|de)";
    private static final String CAPITALISED_HEAD = "(?:International\\s+)?(?:Airport|Air\\s+Base|Airbase|Airfield"
            + "|Naval\\s+Base|Military\\s+Base|Embassy|Consulate|Prison|Palace|Mosque|Shrine|Bridge|Stadium|Barracks"
            + "|Refinery|Power\\s+Plant|Nuclear\\s+Facility|Nuclear\\s+Plant|Enrichment\\s+Facility|Dam|Port)";
    private static final String LOWERCASE_HEAD = "(?:international\\s+)?(?:airport|air\\s+base|airbase|airfield"
            + "|naval\\s+base|military\\s+base|embassy|consulate|prison|refinery|nuclear\\s+facility|nuclear\\s+plant)";
    private static final Pattern FACILITY = Pattern.compile(
            "\\b(" + NAME_WORD + "(?:\\s+" + NAME_WORD + "){0,3})\\s+(" + CAPITALISED_HEAD + "|" + LOWERCASE_HEAD + ")\\b");
    private static final Pattern WORD = Pattern.compile("\\S+");
    /** Capitalised words that start sentences or phrases but never facility names. */
    private static final Set<String> NOT_NAME_WORDS = Set.of("The", "A", "An", "In", "At", "On", "From", "To", "Near",
            "Outside", "Inside", "Of", "By", "For", "With", "And", "Its", "His", "Her", "Their", "Our", "This", "That");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean needsLinguisticAnalysis() {
        return false;
    }

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public List<EntitySuggestion> suggest(DocumentAnalysis analysis) {
        TextOffsets offsets = analysis.text();
        List<EntitySuggestion> suggestions = new ArrayList<>();
        Matcher matcher = FACILITY.matcher(offsets.text());
        while (matcher.find()) {
            int start = skipFunctionWords(matcher.group(1), matcher.start(1));
            if (start < matcher.start(2)) {
                suggestions.add(new EntitySuggestion(
                        new Span(offsets.toCodePoints(start), offsets.toCodePoints(matcher.end(2))), "FACILITY", SCORE));
            }
        }
        return suggestions;
    }

    /** "The Baghdad airport" → "Baghdad airport": where the name really starts, or MAX_VALUE if nowhere. */
    private static int skipFunctionWords(String name, int start) {
        Matcher word = WORD.matcher(name);
        while (word.find()) {
            if (!NOT_NAME_WORDS.contains(word.group())) {
                return start + word.start();
            }
        }
        return Integer.MAX_VALUE;
    }
}
