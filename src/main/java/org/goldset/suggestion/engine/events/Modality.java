package org.goldset.suggestion.engine.events;

import static org.goldset.suggestion.engine.events.EventEngine.lemma;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.goldset.nlp.AnalyzedSentence;
import org.goldset.nlp.AnalyzedToken;
import org.goldset.nlp.Dependency;

/**
 * Whether an event happened as told: asserted, negated ("no one was killed", "failed to take the
 * town"), hypothetical ("could strike", "urged them not to attack", "don't threaten us", "a war would
 * be a disaster"), or planned (threatened, vowed, offered, in the future, impending, or foiled).
 *
 * <p>An event told in the infinitive ("to strike") has not happened by the telling: it is planned
 * when what governs it is an intention or a movement towards it ("vowed to", "a plot to", "sent
 * troops to"), happened when the governor says so ("managed to", "continued to"), did not when it
 * says that ("failed to", "refused to"), and is hypothetical otherwise ("urged to", "time to").
 */
final class Modality {

    /** Words that make a clause a condition: what it tells has not happened (yet). */
    private static final Set<String> CONDITIONS = Set.of("if", "unless", "lest");

    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");
    private static final Set<String> HYPOTHETICAL_AUXILIARIES = Set.of("could", "would", "might", "may", "should");
    /** Auxiliaries of the future: "will retaliate" has not happened. */
    private static final Set<String> FUTURE_AUXILIARIES = Set.of("will", "shall", "'ll");
    private static final Set<String> PLANNING_VERBS = Set.of("plan", "plot", "threaten", "vow", "intend", "aim",
            "seek", "try", "attempt", "prepare", "want", "promise", "due", "expect", "decide", "warn", "pledge",
            "offer", "propose", "agree", "order", "scheme", "conspire", "strategy", "mission", "bid", "effort",
            "campaign", "intention", "threat");
    /** Going somewhere to do it: the purpose is planned ("rushed to Baghdad to train the police"). */
    private static final Set<String> MOVEMENT_VERBS = Set.of("rush", "send", "deploy", "dispatch", "travel", "fly",
            "go", "come", "arrive", "head", "mobilize", "mobilise", "move", "gather", "assemble");
    /** Verbs whose infinitive happened when they did ("managed to capture"). */
    private static final Set<String> IMPLICATIVE_VERBS = Set.of("manage", "continue", "begin", "start", "proceed",
            "resume", "use", "help", "force", "compel", "dare", "happen", "keep");
    /** Verbs whose infinitive did not happen ("failed to capture"). */
    private static final Set<String> NEGATIVE_IMPLICATIVE_VERBS = Set.of("fail", "refuse", "decline", "neglect");
    /** Asking for something is not doing it: "urged more violence", "called for sanctions". */
    private static final Set<String> DIRECTIVE_VERBS = Set.of("urge", "demand", "call", "ask", "request", "implore",
            "encourage", "advocate", "suggest", "recommend", "consider", "discuss", "debate");
    /** What stops an event from happening: a foiled plot, a thwarted attack. */
    private static final Set<String> FOILING_WORDS = Set.of("foil", "thwart", "prevent", "avert", "disrupt", "stop",
            "stymie");
    /** Modifiers that place a nominal event in the future or in the realm of the possible. */
    private static final Set<String> FUTURE_MODIFIERS = Set.of("impending", "upcoming", "looming", "imminent",
            "planned", "proposed", "threatened", "future", "promised", "pledged");
    private static final Set<String> POSSIBILITY_MODIFIERS = Set.of("possible", "potential", "likely", "hypothetical",
            "prospective", "eventual");
    /** How deep an infinitive's implicative governor is followed ("could begin to continue to attack"). */
    private static final int MAX_DEPTH = 3;

    private Modality() {
    }

    /** asserted, negated, hypothetical or planned, from the trigger's own dependents and governors. */
    static String of(AnalyzedSentence sentence, int head) {
        return of(sentence, head, 0);
    }

    private static String of(AnalyzedSentence sentence, int head, int depth) {
        String infinitive = infinitive(sentence, head, depth);
        if (infinitive != null) {
            return infinitive;
        }
        if (isImperative(sentence, head) || isWhyNotSuggestion(sentence, head)) {
            return "hypothetical"; // "Don't threaten us", "Why don't we strike them?"
        }
        String own = fromDependents(sentence, head);
        if (own != null) {
            return own;
        }
        String governed = fromGovernors(sentence, head);
        return governed != null ? governed : "asserted";
    }

    /** The modality of an infinitive ("to strike"), or null when the trigger is none. */
    private static String infinitive(AnalyzedSentence sentence, int head, int depth) {
        List<AnalyzedToken> tokens = sentence.tokens();
        if (!tokens.get(head).pos().equals("VB")) {
            return null;
        }
        int to = head - 1;
        while (to >= 0 && tokens.get(to).pos().startsWith("RB")) {
            to--; // "not to attack", "to quickly attack"
        }
        if (to < 0 || !tokens.get(to).word().equalsIgnoreCase("to")) {
            return null;
        }
        for (int governor : infinitiveGovernors(sentence, head, to)) {
            String word = lemma(tokens.get(governor));
            if (IMPLICATIVE_VERBS.contains(word)) {
                return depth < MAX_DEPTH ? of(sentence, governor, depth + 1) : "asserted";
            }
            if (NEGATIVE_IMPLICATIVE_VERBS.contains(word)) {
                return "negated";
            }
            if (PLANNING_VERBS.contains(word) || MOVEMENT_VERBS.contains(word)) {
                return "planned";
            }
        }
        return "hypothetical";
    }

    /** What an infinitive hangs on: its governor in the parse, else the word before "to" ("a plot to"). */
    private static List<Integer> infinitiveGovernors(AnalyzedSentence sentence, int head, int to) {
        List<Integer> governors = new java.util.ArrayList<>();
        for (Dependency edge : sentence.governorsOf(head)) {
            if (edge.governor() >= 0 && !edge.relation().startsWith("conj")) {
                governors.add(edge.governor());
            }
        }
        if (to > 0) {
            governors.add(to - 1);
        }
        return governors;
    }

    /** A bare verb that heads its sentence with no subject: a command or a plea. */
    private static boolean isImperative(AnalyzedSentence sentence, int head) {
        List<AnalyzedToken> tokens = sentence.tokens();
        if (!tokens.get(head).pos().equals("VB")) {
            return false;
        }
        boolean root = sentence.governorsOf(head).stream().allMatch(edge -> edge.governor() < 0);
        return root && sentence.dependentsOf(head).stream().noneMatch(edge -> edge.relation().startsWith("nsubj")
                || edge.relation().equals("mark") || (edge.relation().equals("aux")
                && !lemma(tokens.get(edge.dependent())).equals("do")));
    }

    /** "Why don't we …?": a proposal, not a report. */
    private static boolean isWhyNotSuggestion(AnalyzedSentence sentence, int head) {
        List<Dependency> dependents = sentence.dependentsOf(head);
        return dependents.stream().anyMatch(edge -> word(sentence, edge.dependent()).equals("why"))
                && dependents.stream().anyMatch(edge -> NEGATIONS.contains(word(sentence, edge.dependent())));
    }

    private static String fromDependents(AnalyzedSentence sentence, int head) {
        List<AnalyzedToken> tokens = sentence.tokens();
        for (Dependency edge : sentence.dependentsOf(head)) {
            String word = word(sentence, edge.dependent());
            String relation = edge.relation();
            if ((relation.equals("advmod") || relation.equals("neg") || relation.equals("det"))
                    && NEGATIONS.contains(word)) {
                return "negated";
            }
            if (relation.startsWith("nsubj") && sentence.dependentsOf(edge.dependent()).stream()
                    .anyMatch(d -> d.relation().equals("det") && NEGATIONS.contains(word(sentence, d.dependent())))) {
                return "negated"; // "no one was killed"
            }
            if (relation.equals("aux") && HYPOTHETICAL_AUXILIARIES.contains(word)) {
                return "hypothetical";
            }
            if (relation.equals("mark") && CONDITIONS.contains(word)) {
                return "hypothetical"; // "if they strike", "unless Washington withdraws"
            }
            if (relation.equals("aux") && FUTURE_AUXILIARIES.contains(word)) {
                return "planned";
            }
            if (relation.equals("amod")) {
                String modifier = lemma(tokens.get(edge.dependent()));
                if (FOILING_WORDS.contains(modifier) || FUTURE_MODIFIERS.contains(word)) {
                    return "planned"; // "the foiled attack", "impending sanctions"
                }
                if (POSSIBILITY_MODIFIERS.contains(word)) {
                    return "hypothetical";
                }
            }
        }
        return null;
    }

    private static String fromGovernors(AnalyzedSentence sentence, int head) {
        List<AnalyzedToken> tokens = sentence.tokens();
        boolean nominal = tokens.get(head).pos().startsWith("NN");
        for (Dependency edge : sentence.governorsOf(head)) {
            if (edge.governor() < 0) {
                continue;
            }
            String governor = lemma(tokens.get(edge.governor()));
            String relation = edge.relation();
            boolean complement = relation.equals("xcomp") || relation.startsWith("ccomp") || relation.startsWith("acl");
            boolean object = relation.equals("obj") || relation.equals("dobj");
            if ((complement || (nominal && object)) && PLANNING_VERBS.contains(governor)) {
                return "planned"; // "vowed to strike", "offered support", "threatened sanctions"
            }
            if (nominal && (object || relation.startsWith("obl")) && DIRECTIVE_VERBS.contains(governor)) {
                return "hypothetical"; // "urged more violence", "called for sanctions"
            }
            // "police foiled the attack", "a plot to bomb … was thwarted"
            if ((complement || object || relation.startsWith("nsubj:pass") || relation.equals("nsubjpass"))
                    && (FOILING_WORDS.contains(governor) || isFoiledPlot(sentence, edge.governor()))) {
                return "planned";
            }
            // A nominal event as the subject or object of a modal clause: "a war would be a disaster".
            if (nominal && (object || relation.equals("nsubj"))) {
                String modal = modalOf(sentence, edge.governor());
                if (modal != null) {
                    return modal;
                }
            }
        }
        return null;
    }

    /** hypothetical or planned when the word has a modal or future auxiliary, else null. */
    private static String modalOf(AnalyzedSentence sentence, int word) {
        for (Dependency edge : sentence.dependentsOf(word)) {
            if (edge.relation().equals("aux")) {
                String auxiliary = word(sentence, edge.dependent());
                if (HYPOTHETICAL_AUXILIARIES.contains(auxiliary)) {
                    return "hypothetical";
                }
                if (FUTURE_AUXILIARIES.contains(auxiliary)) {
                    return "planned";
                }
            }
        }
        return null;
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

    private static String word(AnalyzedSentence sentence, int token) {
        return sentence.tokens().get(token).word().toLowerCase(Locale.ROOT);
    }
}
