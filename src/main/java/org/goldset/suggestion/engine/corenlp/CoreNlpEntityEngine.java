package org.goldset.suggestion.engine.corenlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.goldset.annotation.Span;
import org.goldset.suggestion.analysis.AnalyzedToken;
import org.goldset.suggestion.analysis.CoreNlpAnalyzer;
import org.goldset.suggestion.analysis.DocumentAnalysis;
import org.goldset.suggestion.analysis.NerMention;
import org.goldset.suggestion.engine.EntitySuggestion;
import org.goldset.suggestion.engine.SuggestionEngine;
import org.springframework.stereotype.Component;

/**
 * Entity suggestions from CoreNLP's NER mentions, mapped onto the schema, with the noise analysts
 * would reject removed: pronouns, vague time words, leading articles and possessives.
 */
@Component
class CoreNlpEntityEngine implements SuggestionEngine {

    static final String ID = "corenlp-ner";
    /** Bump the suffix whenever mapping or filtering changes. */
    static final String VERSION = CoreNlpAnalyzer.CORENLP_VERSION + "+map.1";

    /** Words SUTime tags as dates that our guidelines leave out. */
    private static final Set<String> VAGUE_TIME_WORDS = Set.of("now", "currently", "current", "recently", "recent",
            "once", "then", "later", "soon", "earlier", "formerly", "former", "past", "future", "present", "ago",
            "nowadays", "the past", "the future", "at the time", "time");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public List<EntitySuggestion> suggest(DocumentAnalysis analysis) {
        List<EntitySuggestion> suggestions = new ArrayList<>();
        for (NerMention mention : analysis.nerMentions()) {
            Optional<String> label = CoreNlpTypeMapping.labelFor(mention.type());
            if (label.isEmpty() || isPronoun(mention, analysis)) {
                continue;
            }
            if (label.get().equals("DATE") && VAGUE_TIME_WORDS.contains(mention.text().toLowerCase(Locale.ROOT))) {
                continue;
            }
            trim(mention, analysis).ifPresent(span ->
                    suggestions.add(new EntitySuggestion(span, label.get(), mention.confidence())));
        }
        return suggestions;
    }

    private static boolean isPronoun(NerMention mention, DocumentAnalysis analysis) {
        List<AnalyzedToken> tokens = tokensOf(mention, analysis);
        return tokens.stream().allMatch(AnalyzedToken::isPronoun);
    }

    /** Drops a leading "the" and a trailing possessive, which our guidelines leave outside spans. */
    private static Optional<Span> trim(NerMention mention, DocumentAnalysis analysis) {
        List<AnalyzedToken> tokens = new ArrayList<>(tokensOf(mention, analysis));
        while (!tokens.isEmpty() && (tokens.getFirst().pos().equals("DT") || tokens.getFirst().pos().equals("POS"))) {
            tokens.removeFirst();
        }
        while (!tokens.isEmpty() && (tokens.getLast().pos().equals("POS") || isPunctuation(tokens.getLast()))) {
            tokens.removeLast();
        }
        if (tokens.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Span(tokens.getFirst().start(), tokens.getLast().end()));
    }

    private static boolean isPunctuation(AnalyzedToken token) {
        return token.word().chars().noneMatch(Character::isLetterOrDigit);
    }

    private static List<AnalyzedToken> tokensOf(NerMention mention, DocumentAnalysis analysis) {
        return analysis.sentences().get(mention.sentenceIndex()).tokens()
                .subList(mention.firstToken(), mention.lastTokenExclusive());
    }
}
