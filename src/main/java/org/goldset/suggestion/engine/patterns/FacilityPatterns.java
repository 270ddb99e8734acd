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
 * FACILITY, which CoreNLP does not know, from the shape of facility names: a name followed by a
 * facility head noun ("Ain al-Asad Air Base", "Baghdad International Airport", "Baghdad airport",
 * "U.S. Embassy", "Saudi Hospital", "Zamzam camp", "Natanz enrichment facility"), or a head noun
 * followed by "of" and a name ("University of Khartoum", "Port of Hodeidah"), or "Camp" and a name
 * ("Camp Lemonnier"). A lower-case head names a facility only when what precedes it is a name rather
 * than a nationality ("an Iranian hospital" is no name) and no "a"/"an" makes it one of many ("a Gaza
 * hospital"); generic heads ("factory", "school") are left out, as after a place they say where a
 * building is, not which one.
 */
final class FacilityPatterns {

    private static final double SCORE = 0.8;

    /** A capitalised name word, or an Arabic article/particle inside a name ("al-Asad", "bin"). */
    private static final String NAME_WORD = "(?:[A-Z][\\p{L}\\p{M}'’.-]*|al-[\\p{L}'’-]+|al|el|bin|ibn|de)";
    private static final String CAPITALISED_HEAD = "(?:International\\s+)?(?:Airport|Air\\s+Base|Airbase|Airfield"
            + "|Airstrip|Naval\\s+Base|Military\\s+Base|Base|Embassy|Consulate|Prison|Jail|Palace|Mosque|Shrine|Church"
            + "|Cathedral|Synagogue|Bridge|Stadium|Barracks|Refinery|Power\\s+Plant|Power\\s+Station|Nuclear\\s+Facility"
            + "|Nuclear\\s+Plant|Nuclear\\s+Power\\s+(?:Plant|Station)|Enrichment\\s+Facility|Dam|Port|Harbou?r|University|Hospital|Teaching\\s+Hospital"
            + "|Medical\\s+Cent(?:er|re)|Clinic|Refugee\\s+Camp|Camp|Restaurant|Hotel|Market|Mall|School|College"
            + "|Academy|Terminal|Station|Compound|Tower|Towers|Square|Crossing|Checkpoint|Pipeline|Reactor)";
    private static final String LOWERCASE_HEAD = "(?:international\\s+)?(?:airport|air\\s+base|airbase|airfield"
            + "|naval\\s+base|military\\s+base|embassy|consulate|prison|refinery|nuclear\\s+facility|nuclear\\s+plant"
            + "|hospital|refugee\\s+camp|displacement\\s+camp|camp|market|crossing|port|power\\s+plant|power\\s+station"
            + "|dam|bridge|mosque|checkpoint|university|nuclear\\s+power\\s+(?:plant|station)"
            + "|enrichment\\s+(?:facility|plant|site))";
    private static final Pattern FACILITY = Pattern.compile("\\b(" + NAME_WORD + "(?:\\s+" + NAME_WORD
            + "){0,3})\\s+(" + CAPITALISED_HEAD + "|" + LOWERCASE_HEAD + ")\\b");
    /**
     * "University of Khartoum", "Port of Hodeidah", "Tomb of Cyrus": the head first, with the name
     * words that may precede it ("Taras Shevchenko National University of Kyiv").
     */
    private static final Pattern HEAD_OF_NAME = Pattern.compile("\\b((?:[A-Z][\\p{L}\\p{M}'’.-]* +){0,3})"
            + "(?:University|Port|Tomb|Shrine|Mosque|Church|Cathedral|Palace)\\s+of\\s+(?:the\\s+)?"
            + "[A-Z][\\p{L}\\p{M}'’-]*(?:\\s+[A-Z][\\p{L}\\p{M}'’-]*){0,2}");
    /** "Camp Lemonnier", "Camp David": a base named after its head word ("Fort Worth" is a city). */
    private static final Pattern BASE_BEFORE_NAME = Pattern.compile("\\bCamp\\s+[A-Z][\\p{L}\\p{M}'’-]+");
    private static final Pattern WORD = Pattern.compile("\\S+");
    /** Capitalised words that start sentences or phrases but never facility names. */
    private static final Set<String> NOT_NAME_WORDS = Set.of("The", "A", "An", "In", "At", "On", "From", "To", "Near",
            "Outside", "Inside", "Of", "By", "For", "With", "And", "Its", "His", "Her", "Their", "Our", "This", "That",
            "Both", "Two", "Three", "Several", "Many", "Some", "Other", "Another", "Each", "Every", "Main", "Central");
    private static final Set<String> NATIONALITY_TYPES = Set.of("NATIONALITY", "RELIGION");
    private static final Pattern ONE_OF_MANY = Pattern.compile("(?i)\\b(?:a|an|another|one)\\s+$");

    /**
     * Uses CoreNLP's nationality mentions when the run has them (another engine asked for the
     * analysis); without them, a lower-case head after a nationality may pass.
     */
    static List<EntitySuggestion> find(DocumentAnalysis analysis) {
        TextOffsets offsets = analysis.text();
        String text = offsets.text();
        List<EntitySuggestion> suggestions = new ArrayList<>();
        Matcher matcher = FACILITY.matcher(text);
        while (matcher.find()) {
            int start = nameStart(matcher.group(1), matcher.start(1));
            boolean lowercaseHead = Character.isLowerCase(matcher.group(2).charAt(0));
            if (start >= matcher.start(2)) {
                continue;
            }
            if (lowercaseHead && (ONE_OF_MANY.matcher(text.substring(Math.max(0, start - 12), start)).find()
                    || isNationality(analysis, offsets.toCodePoints(start), offsets.toCodePoints(matcher.end(1))))) {
                continue;
            }
            suggestions.add(new EntitySuggestion(
                    new Span(offsets.toCodePoints(start), offsets.toCodePoints(matcher.end(2))), "FACILITY", SCORE));
        }
        Matcher headFirst = HEAD_OF_NAME.matcher(text);
        while (headFirst.find()) {
            int start = Math.min(headFirst.end(1), nameStart(headFirst.group(1), headFirst.start(1)));
            boolean possessive = headFirst.group().endsWith("'s") || headFirst.group().endsWith("’s");
            suggestions.add(new EntitySuggestion(new Span(offsets.toCodePoints(start),
                    offsets.toCodePoints(headFirst.end() - (possessive ? 2 : 0))), "FACILITY", SCORE));
        }
        Matcher base = BASE_BEFORE_NAME.matcher(text);
        while (base.find()) {
            suggestions.add(new EntitySuggestion(new Span(offsets.toCodePoints(base.start()),
                    offsets.toCodePoints(base.end())), "FACILITY", SCORE));
        }
        return suggestions;
    }

    /**
     * "The Baghdad airport" → "Baghdad airport", "El Fasher's Saudi Hospital" → "Saudi Hospital":
     * where the name really starts, or MAX_VALUE if nowhere.
     */
    private static int nameStart(String name, int start) {
        Matcher word = WORD.matcher(name);
        int nameStart = Integer.MAX_VALUE;
        while (word.find()) {
            String value = word.group();
            if (value.endsWith("'s") || value.endsWith("’s")) {
                nameStart = Integer.MAX_VALUE; // a possessor is not part of the name after it
            } else if (nameStart == Integer.MAX_VALUE && !NOT_NAME_WORDS.contains(value)) {
                nameStart = start + word.start();
            }
        }
        return nameStart;
    }

    /** Whether the words before the head are all one nationality or religion mention ("Iranian"). */
    private static boolean isNationality(DocumentAnalysis analysis, int start, int end) {
        return analysis.nerMentions().stream().anyMatch(mention -> NATIONALITY_TYPES.contains(mention.type())
                && mention.start() <= start && end <= mention.end());
    }
}
