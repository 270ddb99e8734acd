package org.goldset.agreement;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The counts behind every agreement figure of one pair of analysts (or of all pairs pooled), summed
 * document by document; the figures are computed from them at the end, so nothing grows with the
 * corpus but the counts. See docs/decisions/018-agreement.md for every definition.
 */
final class PairTally {

    /** Per entity label: mentions, matches and the character coincidences of Krippendorff's α. */
    static final class LabelCounts {
        long a;
        long b;
        long exact;
        long overlap;
        /** Characters both marked with the label, characters only one of them marked. */
        long bothMarked;
        long oneMarked;

        void add(LabelCounts other) {
            a += other.a;
            b += other.b;
            exact += other.exact;
            overlap += other.overlap;
            bothMarked += other.bothMarked;
            oneMarked += other.oneMarked;
        }
    }

    int documents;
    /** Characters compared (code points of the documents both finished). */
    long characters;
    final Map<String, LabelCounts> labels = new TreeMap<>();
    /** Overall α over characters: how often each value (a set of labels, or none) was given, and disagreements. */
    final Map<String, Long> characterValues = new HashMap<>();
    long characterDisagreements;
    /** Cohen's κ over tokens' BIO tags. */
    long tokens;
    long tokensAgreeing;
    final Map<String, Long> tagsOfA = new HashMap<>();
    final Map<String, Long> tagsOfB = new HashMap<>();
    long triggersOfA;
    long triggersOfB;
    long triggersMatched;
    long argumentsOfA;
    long argumentsOfB;
    long argumentsMatched;
    long positions;
    long incompletePositions;
    long completeArgumentsOfA;
    long completeArgumentsOfB;
    long completeArgumentsMatched;

    LabelCounts label(String label) {
        return labels.computeIfAbsent(label, key -> new LabelCounts());
    }

    /** Adds another tally's counts: the pooled figures of several pairs. */
    void add(PairTally other) {
        documents += other.documents;
        characters += other.characters;
        other.labels.forEach((label, counts) -> label(label).add(counts));
        other.characterValues.forEach((value, count) -> characterValues.merge(value, count, Long::sum));
        characterDisagreements += other.characterDisagreements;
        tokens += other.tokens;
        tokensAgreeing += other.tokensAgreeing;
        other.tagsOfA.forEach((tag, count) -> tagsOfA.merge(tag, count, Long::sum));
        other.tagsOfB.forEach((tag, count) -> tagsOfB.merge(tag, count, Long::sum));
        triggersOfA += other.triggersOfA;
        triggersOfB += other.triggersOfB;
        triggersMatched += other.triggersMatched;
        argumentsOfA += other.argumentsOfA;
        argumentsOfB += other.argumentsOfB;
        argumentsMatched += other.argumentsMatched;
        positions += other.positions;
        incompletePositions += other.incompletePositions;
        completeArgumentsOfA += other.completeArgumentsOfA;
        completeArgumentsOfB += other.completeArgumentsOfB;
        completeArgumentsMatched += other.completeArgumentsMatched;
    }

    /** 2·matched / (a + b): F1 when each side's units are matched one to one; null when neither has any. */
    static Double f1(long matched, long a, long b) {
        return a + b == 0 ? null : 2.0 * matched / (a + b);
    }

    /**
     * Krippendorff's α, nominal, for a label as present or absent on each character, from the pair's
     * coincidences: α = 1 − (n − 1)·D / (n₀·n₁), where n = 2·characters, D the characters on which the
     * two differ, n₁ = 2·both + D and n₀ = n − n₁. Null when the label is on every character or none.
     */
    Double alpha(LabelCounts counts) {
        double n = 2.0 * characters;
        double present = 2.0 * counts.bothMarked + counts.oneMarked;
        double absent = n - present;
        return present == 0 || absent == 0 ? null : 1 - (n - 1) * counts.oneMarked / (present * absent);
    }

    /** The same α over all labels at once: each character's value is its set of labels (or none). */
    Double overallAlpha() {
        double n = characterValues.values().stream().mapToLong(Long::longValue).sum();
        double sumOfSquares = characterValues.values().stream().mapToDouble(count -> (double) count * count).sum();
        double expected = n * n - sumOfSquares;
        return expected == 0 ? null : 1 - 2.0 * characterDisagreements * (n - 1) / expected;
    }

    /** Cohen's κ over tokens: (p₀ − pₑ) / (1 − pₑ), pₑ from each analyst's own tag frequencies. */
    Double kappa() {
        if (tokens == 0) {
            return null;
        }
        double observed = (double) tokensAgreeing / tokens;
        double expected = 0;
        for (Map.Entry<String, Long> tag : tagsOfA.entrySet()) {
            expected += (double) tag.getValue() / tokens * tagsOfB.getOrDefault(tag.getKey(), 0L) / tokens;
        }
        return expected == 1 ? null : (observed - expected) / (1 - expected);
    }
}
