package org.goldset.suggestion.engine.learned;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.goldset.annotation.DecisionMemory;
import org.goldset.nlp.DocumentAnalysis;
import org.goldset.suggestion.engine.EntitySuggestion;
import org.goldset.suggestion.engine.SuggestionEngine;
import org.goldset.text.PhraseMatcher;
import org.springframework.stereotype.Component;

/**
 * Everything analysts accepted, suggested again wherever the same string occurs: once "Kata'ib
 * Hezbollah" is accepted as ORGANIZATION in one article, every other article gets it. What it
 * suggests grows with the decisions, not with its version, so its pending suggestions never go
 * stale merely because analysts kept working.
 */
@Component
class LearnedEntityEngine implements SuggestionEngine {

    static final String ID = "learned";
    private static final double SCORE = 0.95;

    private final DecisionMemory memory;
    private volatile CachedMatcher cache = new CachedMatcher(-1, new PhraseMatcher());

    LearnedEntityEngine(DecisionMemory memory) {
        this.memory = memory;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean needsLinguisticAnalysis() {
        return false;
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public List<EntitySuggestion> suggest(DocumentAnalysis analysis) {
        return matcherFor(memory.current()).findAll(analysis.text()).stream()
                .map(match -> new EntitySuggestion(match.span(), match.label(), match.score()))
                .toList();
    }

    private PhraseMatcher matcherFor(DecisionMemory.Snapshot snapshot) {
        CachedMatcher cached = cache;
        if (cached.lastDecisionId == snapshot.lastDecisionId()) {
            return cached.matcher;
        }
        PhraseMatcher matcher = new PhraseMatcher();
        for (Map.Entry<String, Set<String>> entry : snapshot.acceptedLabels().entrySet()) {
            // A string accepted with two labels is ambiguous: leave it to the other engines.
            if (entry.getValue().size() == 1 && !entry.getKey().isBlank()) {
                matcher.add(entry.getKey(), entry.getValue().iterator().next(), false, SCORE);
            }
        }
        cache = new CachedMatcher(snapshot.lastDecisionId(), matcher);
        return matcher;
    }

    private record CachedMatcher(long lastDecisionId, PhraseMatcher matcher) {
    }
}
