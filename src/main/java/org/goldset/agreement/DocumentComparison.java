package org.goldset.agreement;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.goldset.agreement.LayerUnits.Argument;
import org.goldset.agreement.LayerUnits.Entity;
import org.goldset.agreement.LayerUnits.Position;
import org.goldset.agreement.LayerUnits.Trigger;

/** Compares two analysts' layers of one document and adds the counts to their pair's tally. */
final class DocumentComparison {

    private DocumentComparison() {
    }

    /**
     * @param length the document's length in code points
     * @param tokens its words (Goldset's rule, {@code text.Words}) as code-point [start, end) pairs
     */
    static void add(PairTally tally, int length, List<int[]> tokens, LayerUnits a, LayerUnits b) {
        tally.documents++;
        entities(tally, a.entities(), b.entities());
        characters(tally, length, a.entities(), b.entities());
        tokens(tally, tokens, a.entities(), b.entities());
        triggers(tally, a.triggers(), b.triggers());
        arguments(tally, a, b);
    }

    /** Per label: exact (start, end, label) matches, then one-to-one matches of overlapping spans. */
    private static void entities(PairTally tally, List<Entity> a, List<Entity> b) {
        Set<String> labels = new TreeSet<>();
        a.forEach(entity -> labels.add(entity.label()));
        b.forEach(entity -> labels.add(entity.label()));
        for (String label : labels) {
            List<Entity> ofA = distinctOfLabel(a, label);
            List<Entity> ofB = distinctOfLabel(b, label);
            PairTally.LabelCounts counts = tally.label(label);
            counts.a += ofA.size();
            counts.b += ofB.size();
            Set<Entity> exact = new HashSet<>(ofA);
            exact.retainAll(new HashSet<>(ofB));
            counts.exact += exact.size();
            counts.overlap += exact.size() + overlapping(ofA, ofB, exact);
        }
    }

    /**
     * Of the spans not matched exactly, in start order: each of A's takes the first of B's still free
     * that overlaps it (one to one, so two short spans inside one long one match once).
     */
    private static int overlapping(List<Entity> a, List<Entity> b, Set<Entity> exact) {
        List<Entity> freeB = new ArrayList<>(b.stream().filter(entity -> !exact.contains(entity)).toList());
        int matched = 0;
        for (Entity entity : a) {
            if (exact.contains(entity)) {
                continue;
            }
            for (int i = 0; i < freeB.size(); i++) {
                if (freeB.get(i).overlaps(entity)) {
                    freeB.remove(i);
                    matched++;
                    break;
                }
            }
        }
        return matched;
    }

    private static List<Entity> distinctOfLabel(List<Entity> entities, String label) {
        return entities.stream().filter(entity -> entity.label().equals(label)).distinct()
                .sorted(Comparator.comparingInt(Entity::start).thenComparingInt(Entity::end)).toList();
    }

    /** Character coincidences: per label (present or not), and over the set of labels on each character. */
    private static void characters(PairTally tally, int length, List<Entity> a, List<Entity> b) {
        tally.characters += length;
        Map<String, BitSet> marksOfA = marks(a);
        Map<String, BitSet> marksOfB = marks(b);
        Set<String> labels = new TreeSet<>(marksOfA.keySet());
        labels.addAll(marksOfB.keySet());
        for (String label : labels) {
            BitSet ofA = marksOfA.getOrDefault(label, new BitSet());
            BitSet ofB = marksOfB.getOrDefault(label, new BitSet());
            BitSet both = (BitSet) ofA.clone();
            both.and(ofB);
            BitSet either = (BitSet) ofA.clone();
            either.xor(ofB);
            PairTally.LabelCounts counts = tally.label(label);
            counts.bothMarked += both.cardinality();
            counts.oneMarked += either.cardinality();
        }
        // Between two consecutive span boundaries every character has the same labels: count by stretch.
        TreeSet<Integer> boundaries = new TreeSet<>(List.of(0, length));
        for (Entity entity : a) {
            boundaries.add(entity.start());
            boundaries.add(entity.end());
        }
        for (Entity entity : b) {
            boundaries.add(entity.start());
            boundaries.add(entity.end());
        }
        List<String> names = new ArrayList<>(labels);
        Integer from = boundaries.first();
        for (Integer to = boundaries.higher(from); to != null; from = to, to = boundaries.higher(to)) {
            long stretch = to - from;
            String ofA = valueAt(from, names, marksOfA);
            String ofB = valueAt(from, names, marksOfB);
            tally.characterValues.merge(ofA, stretch, Long::sum);
            tally.characterValues.merge(ofB, stretch, Long::sum);
            if (!ofA.equals(ofB)) {
                tally.characterDisagreements += stretch;
            }
        }
    }

    private static Map<String, BitSet> marks(List<Entity> entities) {
        Map<String, BitSet> marks = new HashMap<>();
        for (Entity entity : entities) {
            marks.computeIfAbsent(entity.label(), label -> new BitSet()).set(entity.start(), entity.end());
        }
        return marks;
    }

    private static String valueAt(int character, List<String> labels, Map<String, BitSet> marks) {
        StringBuilder value = new StringBuilder();
        for (String label : labels) {
            BitSet marked = marks.get(label);
            if (marked != null && marked.get(character)) {
                value.append(value.isEmpty() ? "" : "+").append(label);
            }
        }
        return value.isEmpty() ? "O" : value.toString();
    }

    /** Cohen's κ counts over each token's BIO tag (IOB2; of overlapping entities the longest is tagged). */
    private static void tokens(PairTally tally, List<int[]> tokens, List<Entity> a, List<Entity> b) {
        String[] ofA = bio(tokens, a);
        String[] ofB = bio(tokens, b);
        for (int token = 0; token < tokens.size(); token++) {
            tally.tokens++;
            if (ofA[token].equals(ofB[token])) {
                tally.tokensAgreeing++;
            }
            tally.tagsOfA.merge(ofA[token], 1L, Long::sum);
            tally.tagsOfB.merge(ofB[token], 1L, Long::sum);
        }
    }

    static String[] bio(List<int[]> tokens, List<Entity> entities) {
        String[] tags = new String[tokens.size()];
        java.util.Arrays.fill(tags, "O");
        List<Entity> longestFirst = entities.stream().sorted(Comparator.comparingInt((Entity e) -> e.start() - e.end())
                .thenComparingInt(Entity::start).thenComparing(Entity::label)).toList();
        for (Entity entity : longestFirst) {
            List<Integer> covered = new ArrayList<>();
            for (int token = 0; token < tokens.size(); token++) {
                if (tokens.get(token)[0] < entity.end() && entity.start() < tokens.get(token)[1]) {
                    covered.add(token);
                }
            }
            if (covered.isEmpty() || covered.stream().anyMatch(token -> !tags[token].equals("O"))) {
                continue;
            }
            for (int i = 0; i < covered.size(); i++) {
                tags[covered.get(i)] = (i == 0 ? "B-" : "I-") + entity.label();
            }
        }
        return tags;
    }

    private static void triggers(PairTally tally, Set<Trigger> a, Set<Trigger> b) {
        tally.triggersOfA += a.size();
        tally.triggersOfB += b.size();
        tally.triggersMatched += a.stream().filter(b::contains).count();
    }

    /**
     * Arguments as (trigger span, event type, role, filler span), matched exactly. A position (trigger
     * span, type, role) is incomplete when both analysts have the event but only one filled the role;
     * the complete figures leave those positions out, as INCEpTION does (and inflate, which is why both
     * are given).
     */
    private static void arguments(PairTally tally, LayerUnits a, LayerUnits b) {
        tally.argumentsOfA += a.arguments().size();
        tally.argumentsOfB += b.arguments().size();
        tally.argumentsMatched += a.arguments().stream().filter(b.arguments()::contains).count();
        Set<Position> filledByA = positions(a.arguments());
        Set<Position> filledByB = positions(b.arguments());
        Set<Position> all = new HashSet<>(filledByA);
        all.addAll(filledByB);
        tally.positions += all.size();
        Set<Position> incomplete = new HashSet<>();
        for (Position position : all) {
            boolean bothHaveEvent = a.triggers().contains(position.event()) && b.triggers().contains(position.event());
            if (bothHaveEvent && filledByA.contains(position) != filledByB.contains(position)) {
                incomplete.add(position);
            }
        }
        tally.incompletePositions += incomplete.size();
        List<Argument> completeOfA = a.arguments().stream().filter(argument -> !incomplete.contains(argument.position())).toList();
        List<Argument> completeOfB = b.arguments().stream().filter(argument -> !incomplete.contains(argument.position())).toList();
        tally.completeArgumentsOfA += completeOfA.size();
        tally.completeArgumentsOfB += completeOfB.size();
        tally.completeArgumentsMatched += completeOfA.stream().filter(completeOfB::contains).count();
    }

    private static Set<Position> positions(Set<Argument> arguments) {
        Set<Position> positions = new HashSet<>();
        arguments.forEach(argument -> positions.add(argument.position()));
        return positions;
    }
}
