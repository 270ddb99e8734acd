package org.goldset.suggestion.engine.events;

import static org.goldset.suggestion.engine.events.EventEngine.lemma;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.goldset.nlp.AnalyzedSentence;
import org.goldset.nlp.AnalyzedToken;
import org.goldset.nlp.Dependency;

/**
 * Whether an event happened as told: asserted, negated ("no one was killed"), hypothetical ("could
 * strike"), or planned (threatened, vowed, in the future, or foiled).
 */
final class Modality {

    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");
    private static final Set<String> HYPOTHETICAL_AUXILIARIES = Set.of("could", "would", "might", "may", "should");
    private static final Set<String> PLANNING_VERBS = Set.of("plan", "plot", "threaten", "vow", "intend", "aim",
            "seek", "try", "attempt", "prepare", "want", "promise", "due", "expect", "decide", "warn", "pledge");
    /** Auxiliaries of the future: "will retaliate" has not happened. */
    private static final Set<String> FUTURE_AUXILIARIES = Set.of("will", "shall", "'ll");
    /** What stops an event from happening: a foiled plot, a thwarted attack. */
    private static final Set<String> FOILING_WORDS = Set.of("foil", "thwart", "prevent", "avert", "disrupt", "stop");

    private Modality() {
    }

    /** asserted, negated, hypothetical or planned, from the trigger's own dependents and governor. */
    static String of(AnalyzedSentence sentence, int head) {
        List<AnalyzedToken> tokens = sentence.tokens();
        for (Dependency edge : sentence.dependentsOf(head)) {
            String word = tokens.get(edge.dependent()).word().toLowerCase(Locale.ROOT);
            if ((edge.relation().equals("advmod") || edge.relation().equals("neg") || edge.relation().equals("det"))
                    && NEGATIONS.contains(word)) {
                return "negated";
            }
            if (edge.relation().startsWith("nsubj") && sentence.dependentsOf(edge.dependent()).stream()
                    .anyMatch(d -> d.relation().equals("det") && NEGATIONS.contains(
                            tokens.get(d.dependent()).word().toLowerCase(Locale.ROOT)))) {
                return "negated"; // "no one was killed"
            }
            if (edge.relation().equals("aux") && HYPOTHETICAL_AUXILIARIES.contains(word)) {
                return "hypothetical";
            }
            if (edge.relation().equals("mark") && word.equals("if")) {
                return "hypothetical";
            }
            if (edge.relation().equals("aux") && FUTURE_AUXILIARIES.contains(word)) {
                return "planned";
            }
            if (edge.relation().equals("amod") && FOILING_WORDS.contains(lemma(tokens.get(edge.dependent())))) {
                return "planned"; // "the foiled attack": intended, not carried out
            }
        }
        for (Dependency edge : sentence.governorsOf(head)) {
            if (edge.governor() < 0) {
                continue;
            }
            String governor = lemma(tokens.get(edge.governor()));
            boolean complement = edge.relation().equals("xcomp") || edge.relation().startsWith("ccomp")
                    || edge.relation().startsWith("acl");
            if (complement && PLANNING_VERBS.contains(governor)) {
                return "planned";
            }
            // "police foiled the attack", "a plot to bomb … was thwarted"
            if ((complement || edge.relation().equals("obj") || edge.relation().equals("dobj")
                    || edge.relation().startsWith("nsubj:pass") || edge.relation().equals("nsubjpass"))
                    && (FOILING_WORDS.contains(governor) || isFoiledPlot(sentence, edge.governor()))) {
                return "planned";
            }
        }
        return "asserted";
    }

    /** A planning noun ("plot", "plan") that something foiled: what it planned did not happen. */
    private static boolean isFoiledPlot(AnalyzedSentence sentence, int word) {
        if (!PLANNING_VERBS.contains(lemma(sentence.tokens().get(word)))) {
            return false;
        }
        return sentence.governorsOf(word).stream().anyMatch(edge -> edge.governor() >= 0
                && FOILING_WORDS.contains(lemma(sentence.tokens().get(edge.governor()))))
                || sentence.dependentsOf(word).stream().anyMatch(edge -> edge.relation().equals("amod")
                && FOILING_WORDS.contains(lemma(sentence.tokens().get(edge.dependent()))));
    }
}
