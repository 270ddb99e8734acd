package org.goldset.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Goldset's one rule for what a word is, used wherever text is cut into words: growing and
 * shrinking a span by a word, picking a trigger by typing it, matching phrases. A word is a run of
 * letters (with their combining marks) and digits; an apostrophe or a hyphen between two such runs
 * keeps them one word ("Iran's", "Russia-backed"), as an analyst selects them. A phrase, though, may
 * end before the apostrophe or hyphen, so "Iran" is found in "Iran's": {@link #isBoundary} is where
 * a word character does not touch another one. Everything here counts UTF-16 indexes of the string.
 */
public final class Words {

    private static final String WORD_CHARACTERS = "[\\p{L}\\p{M}\\p{N}]+";
    private static final Pattern WORD = Pattern.compile(WORD_CHARACTERS + "(?:['’ʼ-]" + WORD_CHARACTERS + ")*");

    private Words() {
    }

    /** A word's UTF-16 bounds in its string, end exclusive. */
    public record Bounds(int start, int end) {
    }

    public static boolean isWordCharacter(int codePoint) {
        return Character.isLetterOrDigit(codePoint) || isMark(codePoint);
    }

    /** Every word of the text, left to right. */
    public static List<Bounds> in(String text) {
        List<Bounds> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            words.add(new Bounds(matcher.start(), matcher.end()));
        }
        return words;
    }

    /** Whether a phrase may start or end at {@code at}: no word character on both sides of it. */
    public static boolean isBoundary(String text, int at) {
        return at <= 0 || at >= text.length()
                || !isWordCharacter(text.codePointBefore(at)) || !isWordCharacter(text.codePointAt(at));
    }

    /** The run of word characters starting at {@code start} (empty when there is none). */
    public static String wordCharactersAt(String text, int start) {
        int end = start;
        while (end < text.length() && isWordCharacter(text.codePointAt(end))) {
            end += Character.charCount(text.codePointAt(end));
        }
        return text.substring(start, end);
    }

    /** The words overlapping [start, end), and the nearest word outside it on either side. */
    static Around around(String text, int start, int end) {
        Bounds before = null;
        Bounds after = null;
        List<Bounds> inside = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            Bounds word = new Bounds(matcher.start(), matcher.end());
            if (word.end() <= start) {
                before = word;
            } else if (word.start() >= end) {
                after = word;
                break;
            } else {
                inside.add(word);
            }
        }
        return new Around(before, inside, after);
    }

    record Around(Bounds before, List<Bounds> inside, Bounds after) {
    }

    private static boolean isMark(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
