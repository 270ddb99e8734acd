package org.goldset.suggestion.engine.patterns;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.goldset.nlp.DocumentAnalysis;
import org.goldset.suggestion.engine.EntitySuggestion;
import org.goldset.text.Span;
import org.goldset.text.TextOffsets;

/**
 * Hacking groups by the designations security vendors give them, which no name list can keep up
 * with: numbered ones ("APT41", "APT 28", "UNC2452", "TA505") and the naming schemes of Microsoft
 * ("Volt Typhoon", "Mint Sandstorm", "Midnight Blizzard", "Jade Sleet") and CrowdStrike ("Fancy Bear",
 * "Charming Kitten", "Labyrinth Chollima"). All are ORGANIZATION.
 */
final class GroupDesignations {

    private static final double SCORE = 0.8;
    private static final Pattern DESIGNATION = Pattern.compile(
            "\\b(?:APT\\s?-?\\d{1,3}|UNC\\d{3,4}|TA\\d{3}|FIN\\d{1,2})\\b"
                    + "|\\b(?!Super\\b|Tropical\\b|Severe\\b|The\\b|A\\b|Great\\b|Black\\b|Brown\\b|Polar\\b|Giant\\b|Red\\b)"
                    + "[A-Z][a-z]{2,}\\s(?:Typhoon|Sandstorm|Blizzard|Sleet|Tempest|Bear|Panda|Kitten|Chollima)\\b");

    private GroupDesignations() {
    }

    static List<EntitySuggestion> find(DocumentAnalysis analysis) {
        TextOffsets offsets = analysis.text();
        List<EntitySuggestion> suggestions = new ArrayList<>();
        Matcher matcher = DESIGNATION.matcher(offsets.text());
        while (matcher.find()) {
            suggestions.add(new EntitySuggestion(new Span(offsets.toCodePoints(matcher.start()),
                    offsets.toCodePoints(matcher.end())), "ORGANIZATION", SCORE));
        }
        return suggestions;
    }
}
