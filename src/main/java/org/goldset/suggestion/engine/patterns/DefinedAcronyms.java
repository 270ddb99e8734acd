package org.goldset.suggestion.engine.patterns;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.goldset.nlp.DocumentAnalysis;
import org.goldset.suggestion.engine.EntitySuggestion;
import org.goldset.text.Span;
import org.goldset.text.TextOffsets;

/**
 * A name the text defines an acronym for is an organisation's name: "Economic Community of West
 * African States (ECOWAS)", "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)", "United Kingdom Maritime
 * Trade Operations (UKMTO)". The name is the run of capitalised words (with "of", "the", "and"…
 * between them) before the parenthesis whose initials spell the acronym; without that check any
 * capitalised words before a parenthesis would pass. CoreNLP often cuts such names or takes them for
 * a person; the whole name then wins the merge. A name a list knows as a place ("United Arab Emirates
 * (UAE)") stays a place, as the lists rank first; a republic or kingdom is left to them too, and
 * agreements, laws and weapon systems ("Joint Comprehensive Plan of Action (JCPOA)") are no organisations.
 */
final class DefinedAcronyms {

    private static final double SCORE = 0.7;
    private static final Pattern ACRONYM = Pattern.compile("\\(([A-Z][A-Za-z]{1,7})\\)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}'’-]*");
    /** Small words inside names, which an acronym may or may not spell ("ECOWAS" keeps the "of"). */
    private static final Set<String> JOINING = Set.of("of", "the", "and", "for", "in", "on", "de", "du", "des", "la",
            "le", "al", "wal", "el", "bin", "to", "&");
    private static final int MAX_WORDS = 10;
    private static final Pattern REPUBLIC = Pattern.compile("\\b(?:Republic|Kingdom of|Emirates)\\b");
    /**
     * Agreements, laws, programmes, weapons and designations ("Foreign Terrorist Organization (FTO)")
     * are defined by acronyms too, but are no organisations.
     */
    private static final Pattern NOT_ORGANISATION = Pattern.compile("\\b(?:Plan|Agreement|Treaty|Accords?|Act|Deal"
            + "|Convention|Protocol|Resolution|Initiative|Program|Programme|Framework|Charter|Pact|Law|Strategy"
            + "|Declaration|Doctrine|System|Index|Report|Vehicles?|Missiles?|Systems|Terrorist)\\b");

    private DefinedAcronyms() {
    }

    static List<EntitySuggestion> find(DocumentAnalysis analysis) {
        TextOffsets offsets = analysis.text();
        String text = offsets.text();
        List<EntitySuggestion> suggestions = new ArrayList<>();
        Matcher acronym = ACRONYM.matcher(text);
        while (acronym.find()) {
            List<int[]> words = wordsBefore(text, acronym.start());
            String letters = acronym.group(1).toUpperCase(Locale.ROOT);
            // The shortest run that spells the acronym and starts with a capitalised word.
            for (int first = words.size() - 1; first >= 0; first--) {
                String firstWord = text.substring(words.get(first)[0], words.get(first)[1]);
                if (Character.isUpperCase(firstWord.charAt(0)) && !isJoining(firstWord)
                        && spells(text, words.subList(first, words.size()), letters)) {
                    String name = text.substring(words.get(first)[0], words.getLast()[1]);
                    if (REPUBLIC.matcher(name).find() || NOT_ORGANISATION.matcher(name).find()) {
                        break; // a country ("Democratic Republic of the Congo") or a text ("… Plan of Action")
                    }
                    suggestions.add(new EntitySuggestion(new Span(offsets.toCodePoints(words.get(first)[0]),
                            offsets.toCodePoints(words.getLast()[1])), "ORGANIZATION", SCORE));
                    break;
                }
            }
        }
        return suggestions;
    }

    /** The words right before the parenthesis, separated by single spaces, oldest first. */
    private static List<int[]> wordsBefore(String text, int parenthesis) {
        List<int[]> words = new ArrayList<>();
        int end = parenthesis;
        while (end > 0 && text.charAt(end - 1) == ' ' && words.size() < MAX_WORDS) {
            int wordEnd = end - 1;
            int wordStart = wordEnd;
            while (wordStart > 0 && !Character.isWhitespace(text.charAt(wordStart - 1))) {
                wordStart--;
            }
            String word = text.substring(wordStart, wordEnd);
            if (!WORD.matcher(word).matches() || !(isJoining(word) || Character.isUpperCase(name(word).charAt(0)))) {
                break;
            }
            words.addFirst(new int[] {wordStart, wordEnd});
            end = wordStart;
            if (end > 0 && text.charAt(end - 1) != ' ') {
                break;
            }
        }
        return words;
    }

    /** Whether the words' initials spell the letters; joining words may give their initial or not. */
    private static boolean spells(String text, List<int[]> words, String letters) {
        return spells(text, words, 0, letters, 0);
    }

    private static boolean spells(String text, List<int[]> words, int word, String letters, int letter) {
        if (word == words.size()) {
            return letter == letters.length();
        }
        String value = text.substring(words.get(word)[0], words.get(word)[1]);
        boolean joining = isJoining(value);
        if (joining && spells(text, words, word + 1, letters, letter)) {
            return true;
        }
        return letter < letters.length() && initial(value) == letters.charAt(letter)
                && spells(text, words, word + 1, letters, letter + 1);
    }

    /** "al-Islam" → 'I', "wal-Muslimin" → 'M', "Support" → 'S'. */
    private static char initial(String word) {
        return Character.toUpperCase(name(word).charAt(0));
    }

    /** The word without a particle joined to it: "al-Islam" → "Islam". */
    private static String name(String word) {
        int hyphen = word.indexOf('-');
        String particle = hyphen > 0 ? word.substring(0, hyphen).toLowerCase(Locale.ROOT) : "";
        return JOINING.contains(particle) && hyphen + 1 < word.length() ? word.substring(hyphen + 1) : word;
    }

    private static boolean isJoining(String word) {
        return JOINING.contains(word.toLowerCase(Locale.ROOT));
    }
}
