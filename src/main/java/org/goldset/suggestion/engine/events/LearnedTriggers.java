package org.goldset.suggestion.engine.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.goldset.annotation.TriggerMemory;
import org.goldset.schema.AnnotationSchema;
import org.goldset.schema.EventType;

/**
 * The triggers analysts taught: a word (or words) accepted as one event type, and only that type,
 * (a single word at least twice) is suggested as a trigger wherever it occurs, next to the lexicon's; a lexicon word analysts keep
 * rejecting as a type (see {@link TriggerMemory}) is no longer suggested as that type. Rebuilt only
 * when the decision history grew, like the learned entity engine.
 */
final class LearnedTriggers {

    /** No more words than this: a longer "trigger" is a phrase analysts marked, not a word to look for. */
    private static final int MAX_WORDS = 3;
    /**
     * A single word is learned only from two accepted mentions or more: one may be a common word that
     * meant the event in that one sentence; a phrase ("propping up") says more.
     */
    private static final int MIN_ACCEPTS_OF_ONE_WORD = 2;
    private static final LearnedTriggers NONE = new LearnedTriggers(() -> new TriggerMemory.Snapshot(0, Map.of(), Map.of()),
            null);

    private final Supplier<TriggerMemory.Snapshot> memory;
    private final AnnotationSchema schema;
    private volatile Index index = new Index(-1, Map.of(), new TriggerMemory.Snapshot(-1, Map.of(), Map.of()));

    LearnedTriggers(Supplier<TriggerMemory.Snapshot> memory, AnnotationSchema schema) {
        this.memory = memory;
        this.schema = schema;
    }

    /** For engines built without a database (tests, the lexicon alone). */
    static LearnedTriggers none() {
        return NONE;
    }

    /** The current index: learned triggers by first word, and the evidence for suppressing. */
    Index current() {
        TriggerMemory.Snapshot snapshot = memory.get();
        Index known = index;
        if (known.lastDecisionId == snapshot.lastDecisionId()) {
            return known;
        }
        Map<String, List<TriggerLexicon.Trigger>> byFirstWord = new HashMap<>();
        snapshot.acceptedTypes().forEach((words, types) -> {
            List<String> tokens = List.of(words.split(" "));
            if (types.size() != 1 || tokens.size() > MAX_WORDS || words.chars().noneMatch(Character::isLetter)) {
                return; // a word accepted as two types is ambiguous: left to the lexicon
            }
            Map.Entry<String, Integer> accepted = types.entrySet().iterator().next();
            if (tokens.size() == 1 && accepted.getValue() < MIN_ACCEPTS_OF_ONE_WORD) {
                return; // "keep" accepted once (in "keep sanctions in place") is no trigger of its own
            }
            EventType type = schema.eventType(accepted.getKey()).orElse(null);
            if (type == null) {
                return;
            }
            byFirstWord.computeIfAbsent(tokens.getFirst(), key -> new ArrayList<>()).add(new TriggerLexicon.Trigger(
                    tokens, type.name(), type.cameoCodes().getFirst(), TriggerLexicon.PartOfSpeech.ANY));
        });
        Index fresh = new Index(snapshot.lastDecisionId(), byFirstWord, snapshot);
        index = fresh;
        return fresh;
    }

    /** Learned triggers and the evidence, as of one point in the decision history. */
    record Index(long lastDecisionId, Map<String, List<TriggerLexicon.Trigger>> byFirstWord,
                 TriggerMemory.Snapshot evidence) {

        List<TriggerLexicon.Trigger> startingWith(String word) {
            return byFirstWord.getOrDefault(word, List.of());
        }

        boolean isSuppressed(String trigger, String type) {
            return evidence.isSuppressed(trigger, type);
        }
    }
}
