package org.goldset.suggestion.engine.patterns;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.goldset.nlp.AnalyzedSentence;
import org.goldset.nlp.AnalyzedToken;
import org.goldset.nlp.DocumentAnalysis;
import org.goldset.suggestion.engine.EntitySuggestion;
import org.goldset.text.Span;

/**
 * ORGANIZATION from the shape of an institution's name, for the names CoreNLP misses or cuts: a run
 * of capitalised words ending in an organisation's head noun ("Rapid Support Forces", "Wagner
 * Group", "Central Command"), optionally followed by "of"/"for" and a name ("Ministry of State
 * Security", "Foundation for Defense of Democracies").
 *
 * <p>A country, city, nationality or person in front is its own mention, as the guidelines say
 * ("Iran's Armed Forces", "Iranian Qods Force"): the name starts after it, and a head left alone
 * ("Army") is no name. A head CoreNLP reads as a place or a person ("Soviet Union") is left to it.
 * Sentences set in title case (headlines) are skipped: every word there is capitalised.
 */
final class OrganisationNames {

    private static final double SCORE = 0.6;
    /** Names are short: a longer capitalised run is a list or a headline, and the walk stays linear. */
    private static final int MAX_WORDS_BEFORE_HEAD = 6;
    private static final Set<String> HEADS = Set.of("Forces", "Force", "Army", "Navy", "Ministry", "Agency",
            "Council", "Party", "Front", "Movement", "Brigade", "Brigades", "Group", "Committee", "Commission", "Corps",
            "Guard", "Guards", "Authority", "Organization", "Organisation", "Foundation", "Institute", "Association",
            "Court", "Parliament", "Assembly", "Coalition", "Alliance", "Command", "Service", "Police", "Bureau",
            "Department", "Network", "Company", "Corporation", "Militia", "Battalion", "Regiment", "Division",
            "Federation", "League", "Administration", "Directorate", "Tribunal", "Gendarmerie");
    /** Heads that take a name after them: "Ministry of Defense", "Foundation for Defense of Democracies". */
    private static final Set<String> LINKS = Set.of("of", "for");
    /** CoreNLP's types of the words that are mentions of their own in front of an institution. */
    private static final Set<String> OWN_MENTION_TYPES = Set.of("COUNTRY", "NATIONALITY", "CITY", "STATE_OR_PROVINCE",
            "LOCATION", "PERSON", "RELIGION", "DATE", "NUMBER", "ORDINAL");
    /** Capitalised words that open sentences or phrases but are no part of a name. */
    private static final Set<String> NOT_NAME_WORDS = Set.of("The", "A", "An", "In", "At", "On", "From", "To", "By",
            "For", "With", "And", "But", "Its", "His", "Her", "Their", "Our", "This", "That", "These", "Those", "Both",
            "Several", "Many", "Some", "Other", "Another", "Each", "Every", "When", "While", "After", "Before", "If",
            "As", "Under", "Against", "Meanwhile", "However");

    private OrganisationNames() {
    }

    static List<EntitySuggestion> find(DocumentAnalysis analysis) {
        List<EntitySuggestion> suggestions = new ArrayList<>();
        for (AnalyzedSentence sentence : analysis.sentences()) {
            if (titleCase(sentence)) {
                continue;
            }
            List<AnalyzedToken> tokens = sentence.tokens();
            for (int head = 1; head < tokens.size(); head++) {
                AnalyzedToken token = tokens.get(head);
                if (!HEADS.contains(token.word()) || !maySitInName(token)) {
                    continue;
                }
                int first = head;
                while (first > 0 && head - first < MAX_WORDS_BEFORE_HEAD && isNameWord(tokens.get(first - 1))) {
                    first--;
                }
                int last = nameAfterLink(tokens, head);
                if (first == head && last == head) {
                    continue; // "the Army": a head alone names nothing
                }
                if (head >= 1 && tokens.get(head - 1).word().equals("Terrorist") && head == last) {
                    continue; // "Foreign Terrorist Organization" is a legal designation, not a name
                }
                suggestions.add(new EntitySuggestion(new Span(tokens.get(first).start(), tokens.get(last).end()),
                        "ORGANIZATION", SCORE));
            }
        }
        return suggestions;
    }

    /** The last token of "HEAD of/for (the) Name (of Name)", or the head when no name follows. */
    private static int nameAfterLink(List<AnalyzedToken> tokens, int head) {
        int last = head;
        int at = head + 1;
        while (at + 1 < tokens.size() && LINKS.contains(tokens.get(at).word())) {
            int name = tokens.get(at + 1).word().equals("the") ? at + 2 : at + 1;
            int end = name;
            while (end < tokens.size() && end - name < MAX_WORDS_BEFORE_HEAD && isNameWord(tokens.get(end))) {
                end++;
            }
            if (end == name) {
                break;
            }
            last = end - 1;
            at = end;
        }
        return last;
    }

    private static boolean isNameWord(AnalyzedToken token) {
        String word = token.word();
        return Character.isUpperCase(word.charAt(0)) && word.chars().anyMatch(Character::isLowerCase)
                && !NOT_NAME_WORDS.contains(word) && maySitInName(token) || HEADS.contains(word) && maySitInName(token);
    }

    private static boolean maySitInName(AnalyzedToken token) {
        return token.ner() == null || !OWN_MENTION_TYPES.contains(token.ner());
    }

    /** A headline: no closing punctuation, and most words of four letters or more capitalised. */
    private static boolean titleCase(AnalyzedSentence sentence) {
        List<AnalyzedToken> tokens = sentence.tokens();
        String end = tokens.get(tokens.size() - 1).word();
        if (end.equals(".") || end.equals("?") || end.equals("!") || end.equals("”") || end.equals("\"")
                || end.equals("''")) {
            return false;
        }
        long words = 0;
        long capitalised = 0;
        for (AnalyzedToken token : tokens) {
            if (token.word().length() >= 4 && Character.isLetter(token.word().charAt(0))) {
                words++;
                if (Character.isUpperCase(token.word().charAt(0))) {
                    capitalised++;
                }
            }
        }
        return words >= 3 && capitalised * 10 >= words * 7;
    }
}
