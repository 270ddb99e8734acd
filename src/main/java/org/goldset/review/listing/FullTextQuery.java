package org.goldset.review.listing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an analyst types into the search box, as a full-text query. Every chunk between spaces must
 * occur (all chunks, in any order); a chunk matches words that start with it, so "Soleim" finds
 * "Soleimani" while typing; text in double quotes is an exact phrase. Only letters and digits reach
 * the database, so nothing typed can be read as query syntax (AND, NEAR, column filters, stray
 * quotes): a search never fails, it only finds or does not.
 */
record FullTextQuery(List<Phrase> phrases) {

    /** More words than anyone types for a search: a pasted paragraph is cut here, not sent whole. */
    static final int MOST_WORDS = 32;
    private static final Pattern CHUNK = Pattern.compile("\"([^\"]*)\"?|(\\S+)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");

    /** The query, or empty when the text holds no letter or digit to search for. */
    static Optional<FullTextQuery> of(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        List<Phrase> phrases = new ArrayList<>();
        int wordCount = 0;
        Matcher chunk = CHUNK.matcher(typed);
        while (chunk.find() && wordCount < MOST_WORDS) {
            boolean quoted = chunk.group(1) != null;
            List<String> words = words(quoted ? chunk.group(1) : chunk.group(2));
            words = words.subList(0, Math.min(words.size(), MOST_WORDS - wordCount));
            if (!words.isEmpty()) {
                phrases.add(new Phrase(List.copyOf(words), !quoted));
                wordCount += words.size();
            }
        }
        return phrases.isEmpty() ? Optional.empty() : Optional.of(new FullTextQuery(List.copyOf(phrases)));
    }

    /** SQLite FTS5: {@code "qasem soleim"* "iran"*}, each phrase quoted, all of them required. */
    String fts5() {
        return String.join(" ", phrases.stream()
                .map(phrase -> '"' + String.join(" ", phrase.words()) + '"' + (phrase.prefix() ? "*" : "")).toList());
    }

    /** PostgreSQL {@code to_tsquery}: {@code qasem <-> soleim:* & iran:*}. */
    String tsquery() {
        return String.join(" & ", phrases.stream()
                .map(phrase -> "(" + String.join(" <-> ", phrase.words()) + (phrase.prefix() ? ":*" : "") + ")")
                .toList());
    }

    private static List<String> words(String chunk) {
        List<String> words = new ArrayList<>();
        Matcher word = WORD.matcher(chunk);
        while (word.find()) {
            words.add(word.group().toLowerCase(java.util.Locale.ROOT));
        }
        return words;
    }

    /** Words that must follow each other; the last one may be the start of a word. */
    record Phrase(List<String> words, boolean prefix) {
    }
}
