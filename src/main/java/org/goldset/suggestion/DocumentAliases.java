package org.goldset.suggestion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.goldset.text.Span;
import org.goldset.text.TextOffsets;

/**
 * What a document calls its entities the second time: an acronym it defines in parentheses ("Rapid
 * Support Forces (RSF)"), the initials of a multi-word organisation ("Sudanese Armed Forces" … "SAF"),
 * a person's last name ("Mohamed Hamdan Dagalo" … "Dagalo"), and a group's singular used as a modifier
 * ("the Houthis" … "Houthi fighters"). Every later mention of such an alias gets the entity's label
 * when no engine suggested anything there, or when only CoreNLP did, with another label (its guess
 * then stays as an alternative). Engines see one sentence or one list entry at a time; this is the
 * only step that reads the document as a whole. What analysts' rejections suppress stays suppressed.
 */
final class DocumentAliases {

    static final String ENGINE = "aliases";
    static final String VERSION = "1";
    private static final double SCORE = 0.85;
    /** The engine whose label an alias may override: the others know the string, not just its shape. */
    private static final String OVERRIDABLE_ENGINE = "corenlp-ner";

    private static final Set<String> ACRONYM_LABELS = Set.of("ORGANIZATION", "GPE", "FACILITY", "LOCATION", "WEAPON");
    private static final Pattern PARENTHESISED_ACRONYM = Pattern.compile("\\G\\s*\\(([A-Z][A-Za-z0-9&-]{1,9})\\)");
    /** A word as aliases are matched: letters, digits, '&' and inner hyphens ("al-Burhan", "AT&T"). */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}](?:[\\p{L}\\p{N}&]|-(?=[\\p{L}\\p{N}]))*");
    private static final Set<String> INITIALS_SKIPPED = Set.of("of", "the", "and", "for", "in", "on", "al");
    /** Capitalised words a last name may also be, which then mostly mean something else. */
    private static final Set<String> NOT_LAST_NAMES = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "jr", "sr", "ii", "iii", "the", "said", "will", "young",
            "white", "black", "king", "bush", "rice", "long", "little", "brown", "green", "new", "north", "south");

    private DocumentAliases() {
    }

    /**
     * The suggestions with every alias mention added or relabelled, in text order. One pass over the
     * text's words and a binary search per mention: linear in the document, whatever its size.
     */
    static List<MergedSuggestion> extend(List<MergedSuggestion> merged, TextOffsets offsets,
                                         BiPredicate<String, String> suppressed) {
        Map<String, String> aliases = aliases(merged, offsets);
        aliases.entrySet().removeIf(alias -> suppressed.test(alias.getKey(), alias.getValue()));
        if (aliases.isEmpty()) {
            return merged;
        }
        List<MergedSuggestion> result = new ArrayList<>(merged);
        result.sort(Comparator.comparingInt(suggestion -> suggestion.span().start()));
        int[] starts = result.stream().mapToInt(suggestion -> suggestion.span().start()).toArray();
        List<MergedSuggestion> added = new ArrayList<>();
        Matcher word = WORD.matcher(offsets.text());
        while (word.find()) {
            String label = aliases.get(word.group());
            if (label != null) {
                Span span = new Span(offsets.toCodePoints(word.start()), offsets.toCodePoints(word.end()));
                apply(result, starts, span, label, added);
            }
        }
        result.addAll(added);
        result.sort(Comparator.comparingInt(suggestion -> suggestion.span().start()));
        return result;
    }

    /** Alias → label; an alias that two entities of different labels claim is dropped. */
    static Map<String, String> aliases(List<MergedSuggestion> merged, TextOffsets offsets) {
        Map<String, String> aliases = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        String text = offsets.text();
        for (MergedSuggestion suggestion : merged) {
            int start = offsets.toUtf16(suggestion.span().start());
            int end = offsets.toUtf16(suggestion.span().end());
            String name = text.substring(start, end);
            List<String> found = new ArrayList<>();
            if (ACRONYM_LABELS.contains(suggestion.label())) {
                Matcher acronym = PARENTHESISED_ACRONYM.matcher(text).region(end, Math.min(text.length(), end + 16));
                if (acronym.lookingAt() && uppercaseLetters(acronym.group(1)) >= 2) {
                    found.add(acronym.group(1));
                }
            }
            if (suggestion.label().equals("ORGANIZATION")) {
                initials(name).ifPresent(found::add);
                if (name.matches("[A-Z][a-z]{3,}s")) {
                    found.add(name.substring(0, name.length() - 1)); // "Houthis" → "Houthi"
                }
            }
            if (suggestion.label().equals("PERSON")) {
                lastName(name).ifPresent(found::add);
            }
            for (String alias : found) {
                String before = aliases.putIfAbsent(alias, suggestion.label());
                if (before != null && !before.equals(suggestion.label())) {
                    ambiguous.add(alias);
                }
            }
        }
        ambiguous.forEach(aliases::remove);
        return aliases;
    }

    /** Adds the alias mention, or relabels the one CoreNLP suggestion of exactly its span. */
    private static void apply(List<MergedSuggestion> suggestions, int[] starts, Span span, String label,
                              List<MergedSuggestion> added) {
        MergedSuggestion.Proposal proposal = new MergedSuggestion.Proposal(ENGINE, VERSION, span, label, SCORE);
        // Merged suggestions never overlap, so the last one starting before the mention's end is the
        // only one that can overlap it without another one overlapping it too.
        int index = lastStartingBefore(starts, span.end());
        MergedSuggestion existing = index < 0 ? null : suggestions.get(index);
        if (existing == null || existing.span().end() <= span.start()) {
            added.add(new MergedSuggestion(span, label, SCORE, ENGINE, VERSION, List.of(proposal), List.of()));
            return;
        }
        if (existing.span().equals(span) && !existing.label().equals(label)
                && existing.engineId().equals(OVERRIDABLE_ENGINE)) {
            List<MergedSuggestion.Proposal> provenance = new ArrayList<>(existing.provenance());
            provenance.add(proposal);
            List<MergedSuggestion.Alternative> alternatives = new ArrayList<>();
            alternatives.add(new MergedSuggestion.Alternative(existing.label(), existing.score(),
                    List.of(existing.engineId())));
            existing.alternatives().stream().filter(alternative -> !alternative.label().equals(label))
                    .forEach(alternatives::add);
            suggestions.set(index, new MergedSuggestion(span, label, SCORE, ENGINE, VERSION, provenance, alternatives));
        }
    }

    private static int lastStartingBefore(int[] starts, int end) {
        int low = 0;
        int high = starts.length - 1;
        int found = -1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (starts[middle] < end) {
                found = middle;
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return found;
    }

    /** "Sudanese Armed Forces" → "SAF": the capitals of its words, for names of two words or more. */
    static Optional<String> initials(String name) {
        String[] words = name.split("[\\s-]+");
        StringBuilder initials = new StringBuilder();
        for (String word : words) {
            if (INITIALS_SKIPPED.contains(word.toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
                return Optional.empty();
            }
            initials.append(word.charAt(0));
        }
        return initials.length() >= 2 && initials.length() <= 6 && words.length >= 2
                ? Optional.of(initials.toString()) : Optional.empty();
    }

    /** A person's last name when the name has two words or more: "Dagalo", "al-Burhan". */
    static Optional<String> lastName(String name) {
        String[] tokens = name.strip().split("\\s+");
        if (tokens.length < 2) {
            return Optional.empty();
        }
        String last = tokens[tokens.length - 1];
        boolean capitalised = Character.isUpperCase(last.charAt(0)) || last.matches("(?:al|el|ad|as|ash)-[A-Z].*");
        boolean plain = last.length() >= 3 && !last.endsWith(".") && !last.equals(last.toUpperCase(Locale.ROOT))
                && !NOT_LAST_NAMES.contains(last.toLowerCase(Locale.ROOT));
        return capitalised && plain ? Optional.of(last) : Optional.empty();
    }

    private static int uppercaseLetters(String word) {
        return (int) word.chars().filter(Character::isUpperCase).count();
    }
}
