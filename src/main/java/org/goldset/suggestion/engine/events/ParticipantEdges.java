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
 *   <li>a relative pronoun stands for the noun its clause modifies ("the commander who ordered the
 *       strike": the commander ordered it);</li>
 *   <li>a participle modifying a noun: a past one was done to it ("militias armed by Iran"), a present
 *       one is what it does ("fighters attacking the base");</li>
 *   <li>"for/of" + gerund under a verb with an object: the object did it ("designated Soleimani for
 *       supporting terrorism", "accused Iran of attacking tankers"), not the verb's subject;</li>
 *   <li>a name hyphened onto a participle did it ("Iran-backed", "Saudi-led");</li>
 *   <li>a noun trigger in apposition to a name, or the name in apposition to it ("Soleimani, the
 *       killer of …"), names its doer.</li>
 * </ul>
 */
final class ParticipantEdges {

    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which", "that", "whom");
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
            if (relation.equals("acl:relcl")) {
                // "who/which/that" as subject or object of the clause stands for the modified noun.
                for (Dependency own : sentence.dependentsOf(head)) {
                    String word = tokens.get(own.dependent()).word().toLowerCase(Locale.ROOT);
                    if (RELATIVE_PRONOUNS.contains(word)) {
                        edges.add(new Dependency(head, governor.governor(), own.relation()));
                    }
                }
            } else if (relation.equals("acl") || relation.equals("amod")) {
                if (trigger.pos().equals("VBN")) {
                    edges.add(new Dependency(head, governor.governor(), "nsubj:pass"));
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

    /** Whether "for"/"of" introduces the word ("for supporting", "of attacking"). */
    private static boolean marked(AnalyzedSentence sentence, int word, Set<String> markers) {
        return sentence.dependentsOf(word).stream()
                .filter(edge -> edge.relation().equals("mark") || edge.relation().equals("case"))
                .anyMatch(edge -> markers.contains(sentence.tokens().get(edge.dependent()).word().toLowerCase(Locale.ROOT)));
    }
}
