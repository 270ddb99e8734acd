package org.goldset.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds whole-word occurrences ({@link Words#isBoundary}) of many phrases in a text in one pass, longest match first. Phrases
 * are indexed by their first word, so the cost is one map lookup per word of the text, whatever the
 * size of the list. Each phrase is case-sensitive (names) or not (common nouns such as weapons); a
 * case-sensitive phrase of several words only needs its first letter's case to match, because news
 * text writes "Quds force" as often as "Quds Force". Straight and curly apostrophes are the same.
 */
public final class PhraseMatcher {

    private final Map<String, List<Phrase>> byFirstWord = new HashMap<>();

    public void add(String phrase, String label, boolean ignoreCase, double score) {
        String trimmed = phrase.strip();
        if (trimmed.isEmpty()) {
            return;
        }
        String firstWord = firstWordOf(trimmed, 0).toLowerCase(Locale.ROOT);
        List<Phrase> phrases = byFirstWord.computeIfAbsent(firstWord, key -> new ArrayList<>());
        // Longest first, so that the first phrase that matches at a position is the longest one.
        int at = 0;
        while (at < phrases.size() && phrases.get(at).text.length() >= trimmed.length()) {
            at++;
        }
        phrases.add(at, new Phrase(trimmed, label, ignoreCase, score));
    }

    public boolean isEmpty() {
        return byFirstWord.isEmpty();
    }

    /** Non-overlapping matches, left to right, each the longest phrase starting there. */
    public List<Match> findAll(TextOffsets offsets) {
        String text = offsets.text();
        List<Match> matches = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!Words.isWordCharacter(text.codePointAt(i)) || !Words.isBoundary(text, i)) {
                i++;
                continue;
            }
            String word = firstWordOf(text, i).toLowerCase(Locale.ROOT);
            Phrase found = null;
            for (Phrase phrase : byFirstWord.getOrDefault(word, List.of())) {
                int end = i + phrase.text.length();
                if (end <= text.length() && phrase.matchesAt(text, i) && Words.isBoundary(text, end)) {
                    found = phrase;
                    break;
                }
            }
            if (found == null) {
                i += Math.max(1, word.length());
                continue;
            }
            int end = i + found.text.length();
            matches.add(new Match(new Span(offsets.toCodePoints(i), offsets.toCodePoints(end)), found.label, found.score));
            i = end;
        }
        return matches;
    }

    /** The word characters at {@code start}: the index key of a phrase or a text position. */
    private static String firstWordOf(String text, int start) {
        String word = Words.wordCharactersAt(text, start);
        return word.isEmpty() ? text.substring(start, Math.min(start + 1, text.length())) : word;
    }

    private record Phrase(String text, String label, boolean ignoreCase, double score) {

        boolean matchesAt(String haystack, int at) {
            boolean severalWords = text.indexOf(' ') > 0;
            for (int k = 0; k < text.length(); k++) {
                char expected = normalize(text.charAt(k));
                char actual = normalize(haystack.charAt(at + k));
                boolean caseMatters = !ignoreCase && (k == 0 || !severalWords);
                if (caseMatters ? expected != actual
                        : Character.toLowerCase(expected) != Character.toLowerCase(actual)) {
                    return false;
                }
            }
            return true;
        }

        private static char normalize(char c) {
            return c == '’' || c == 'ʼ' || c == '‘' ? '\'' : c;
        }
    }

    /** A phrase found in the text. */
    public record Match(Span span, String label, double score) {
    }
}
