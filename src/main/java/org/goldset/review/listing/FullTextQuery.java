package org.goldset.review.listing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an analyst types into the search box, as an FTS5 query. Every chunk between spaces must occur
 * (all chunks, in any order); a chunk matches words that start with it, so "Soleim" finds
 * "Soleimani" while typing; text in double quotes is an exact phrase. Only letters and digits reach
 * FTS5, each chunk inside its own quotes, so nothing typed can be read as FTS5 syntax (AND, NEAR,
 * column filters, stray quotes): a search never fails, it only finds or does not.
 */
final class FullTextQuery {

    private static final Pattern CHUNK = Pattern.compile("\"([^\"]*)\"?|(\\S+)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");

    private FullTextQuery() {
    }

    /** The FTS5 query, or empty when the text holds no letter or digit to search for. */
    static Optional<String> of(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        List<String> phrases = new ArrayList<>();
        Matcher chunk = CHUNK.matcher(typed);
        while (chunk.find()) {
            boolean quoted = chunk.group(1) != null;
            String words = words(quoted ? chunk.group(1) : chunk.group(2));
            if (!words.isEmpty()) {
                phrases.add('"' + words + '"' + (quoted ? "" : "*"));
            }
        }
        return phrases.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", phrases));
    }

    /** The chunk's words, lower-cased and joined by single spaces: one FTS5 phrase. */
    private static String words(String chunk) {
        List<String> words = new ArrayList<>();
        Matcher word = WORD.matcher(chunk);
        while (word.find()) {
            words.add(word.group());
        }
        return String.join(" ", words);
    }
}
