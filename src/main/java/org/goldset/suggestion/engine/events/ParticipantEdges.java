package org.goldset.suggestion.engine.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.goldset.nlp.AnalyzedSentence;
import org.goldset.nlp.AnalyzedToken;
import org.goldset.nlp.Dependency;

/**
 * Participants the parse states indirectly, rewritten as plain subject or object edges of the
 * trigger, so that {@link ArgumentFinder}'s one mapping from relations to roles applies to them:
 * <ul>
 *   <li>a participle modifying a noun: a past one was done to it ("militias armed by Iran"), a present
 *       one is what it does ("fighters attacking the base") — unless a comma sets it off, when the
 *       parser has hung a clause's participle on its last noun ("shelled the town, killing 17"): the
 *       clause's subject did it;</li>
 *   <li>"for/of" + gerund under a verb with an object: the object did it ("designated Soleimani for
 *       supporting terrorism", "accused Iran of attacking tankers"), not the verb's subject — also
 *       when the parser took the gerund for a modifier of its object;</li>
 *   <li>a name hyphened onto a participle did it ("Iran-backed", "Saudi-led");</li>
 *   <li>a noun trigger in apposition to a name, or the name in apposition to it ("Soleimani, the
 *       killer of …"), names its doer.</li>
 * </ul>
 */
final class ParticipantEdges {

    private static final Set<String> GERUND_MARKERS = Set.of("for", "of");

    private ParticipantEdges() {
    }

    /** Extra edges from the trigger's head to the words that stand for its participants. */
    static List<Dependency> of(AnalyzedSentence sentence, int head) {
        List<Dependency> edges = new ArrayList<>();
        List<AnalyzedToken> tokens = sentence.tokens();
        AnalyzedToken trigger = tokens.get(head);
        for (Dependency governor : sentence.governorsOf(head)) {
            if (governor.governor() < 0) {
                continue;
            }
            String relation = governor.relation();
            if ((relation.equals("acl") || relation.equals("amod")) && trigger.pos().equals("VBG")
                    && head < governor.governor() && marked(sentence, governor.governor(), GERUND_MARKERS)) {
                // "designated Soleimani for supporting Hezbollah", parsed as if "supporting" described
                // Hezbollah: the noun is what the gerund acts on, the verb's object did it.
                edges.add(new Dependency(head, governor.governor(), "obj"));
                objectOfGoverningVerb(sentence, governor.governor())
                        .ifPresent(object -> edges.add(new Dependency(head, object, "nsubj")));
            } else if (relation.equals("acl") || relation.equals("amod")) {
                if (trigger.pos().equals("VBN")) {
                    edges.add(new Dependency(head, governor.governor(), "nsubj:pass"));
                } else if (trigger.pos().equals("VBG") && head > 0 && tokens.get(head - 1).word().equals(",")) {
                    // "shelled El Fasher, the capital, killing 17 people": the parser hangs a participle
                    // clause on the noun before its comma; the clause's subject did it, not that noun.
                    clauseSubject(sentence, governor.governor())
                            .ifPresent(subject -> edges.add(new Dependency(head, subject, "nsubj")));
                } else if (trigger.pos().equals("VBG")) {
                    edges.add(new Dependency(head, governor.governor(), "nsubj"));
                }
            } else if ((relation.startsWith("advcl") || relation.startsWith("obl") || relation.startsWith("acl"))
                    && trigger.pos().equals("VBG") && marked(sentence, head, GERUND_MARKERS)
                    && sentence.dependentsOf(head).stream().noneMatch(own -> own.relation().startsWith("nsubj"))) {
                sentence.dependentsOf(governor.governor()).stream()
                        .filter(edge -> edge.relation().equals("obj") || edge.relation().equals("nsubj:pass"))
                        .findFirst()
                        .ifPresent(object -> edges.add(new Dependency(head, object.dependent(), "nsubj")));
            } else if (relation.equals("appos") && !trigger.pos().startsWith("VB")) {
                edges.add(new Dependency(head, governor.governor(), "nsubj"));
            }
        }
        if (!trigger.pos().startsWith("VB")) {
            sentence.dependentsOf(head).stream().filter(edge -> edge.relation().equals("appos"))
                    .forEach(edge -> edges.add(new Dependency(head, edge.dependent(), "nsubj")));
        }
        if (trigger.pos().equals("VBN") && head >= 2 && tokens.get(head - 1).word().equals("-")
                && tokens.get(head - 1).start() == tokens.get(head - 2).end()) {
            edges.add(new Dependency(head, head - 2, "obl:agent")); // "Iran-backed": Iran backs
        }
        return edges;
    }

    /** The subject of the nearest verb above a word: "<The RSF> shelled El Fasher, the capital of …". */
    private static java.util.Optional<Integer> clauseSubject(AnalyzedSentence sentence, int word) {
        int current = word;
        for (int step = 0; step < 8 && !sentence.tokens().get(current).pos().startsWith("VB"); step++) {
            java.util.Optional<Integer> up = sentence.governorsOf(current).stream().map(Dependency::governor)
                    .filter(governor -> governor >= 0).findFirst();
            if (up.isEmpty()) {
                return java.util.Optional.empty();
            }
            current = up.get();
        }
        int verb = current;
        return sentence.tokens().get(verb).pos().startsWith("VB") ? sentence.dependentsOf(verb).stream()
                .filter(edge -> edge.relation().equals("nsubj")).map(Dependency::dependent).findFirst()
                : java.util.Optional.empty();
    }

    /** The object (or passive subject) of the verb governing a word: "designated <Soleimani> for …". */
    private static java.util.Optional<Integer> objectOfGoverningVerb(AnalyzedSentence sentence, int word) {
        return sentence.governorsOf(word).stream().filter(edge -> edge.governor() >= 0)
                .flatMap(edge -> sentence.dependentsOf(edge.governor()).stream())
                .filter(edge -> edge.relation().equals("obj") || edge.relation().equals("nsubj:pass"))
                .map(Dependency::dependent).filter(object -> object != word).findFirst();
    }

    /** Whether "for"/"of" introduces the word ("for supporting", "of attacking"). */
    private static boolean marked(AnalyzedSentence sentence, int word, Set<String> markers) {
        return sentence.dependentsOf(word).stream()
                .filter(edge -> edge.relation().equals("mark") || edge.relation().equals("case"))
                .anyMatch(edge -> markers.contains(sentence.tokens().get(edge.dependent()).word().toLowerCase(Locale.ROOT)));
    }
}
