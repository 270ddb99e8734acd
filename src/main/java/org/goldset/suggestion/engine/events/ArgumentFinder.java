package org.goldset.suggestion.engine.events;

import static org.goldset.suggestion.engine.events.EventEngine.lemma;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.goldset.nlp.AnalyzedSentence;
import org.goldset.nlp.AnalyzedToken;
import org.goldset.nlp.Dependency;
import org.goldset.schema.EventType;
import org.goldset.schema.RoleDefinition;
import org.goldset.suggestion.engine.EventProposal.ArgumentProposal;
import org.goldset.suggestion.engine.KnownEntity;
import org.goldset.text.Span;

/**
 * Fills a trigger's roles from the dependency parse (the rules are listed on {@link EventEngine}):
 * each dependency relation names a role, and the dependent must stand for one of the document's
 * entities of a type the role accepts.
 */
final class ArgumentFinder {

    /** How far (in characters) a date may sit from a trigger to date it without a parse link. */
    private static final int NEARBY_DATE = 120;
    private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "him", "his", "she", "her");
    private static final Set<String> GROUP_PRONOUNS = Set.of("it", "its", "they", "them", "their");
    /** Modifiers of a common noun that name who it is: "the U.S. government", "American soldiers". */
    private static final Set<String> MODIFIERS_NAMING_THE_HEAD = Set.of("compound", "amod", "nmod:poss", "appos");
    private static final Set<String> QUANTITY_HEADS = Set.of("thousand", "hundred", "dozen", "million", "score",
            "crowd", "member", "supporter", "fighter", "group", "number", "band", "unit", "contingent", "delegation");
    private static final Set<String> QUANTITY_MODIFIERS = Set.of("compound", "amod", "nmod:poss", "appos", "nmod:of");

    private static final Set<String> DONE_TO_RELATIONS = Set.of("obj", "dobj", "nsubj:pass", "nmod:of", "obl:of",
            "nmod:on", "obl:on", "nmod:against", "obl:against");
    private static final Set<String> PLACE_RELATIONS = Set.of("obl:in", "obl:at", "obl:near", "obl:inside", "nmod:in",
            "nmod:at", "nmod:near", "nmod:inside");

    private static final Set<String> POSSESSOR_UNDERGOES = Set.of("KILL", "JUSTICE");
    private static final Set<String> PLACE_LABELS = Set.of("GPE", "LOCATION", "FACILITY");
    private static final Set<String> SUBJECT_RELATIONS = Set.of("nsubj", "obl:agent", "nmod:agent", "nmod:by", "obl:by");
    private static final Set<String> CIRCUMSTANCE_ROLES = Set.of("Place", "Time", "Instrument", "Origin", "Destination");
    /** Verbs whose object names the event and whose subject did it: "launched an attack". */
    private static final Set<String> LIGHT_VERBS = Set.of("impose", "launch", "carry", "conduct", "make", "issue",
            "hold", "stage", "level", "announce", "give", "provide", "deliver", "order", "mount", "offer", "pledge",
            "extend", "send", "claim", "perpetrate", "commit", "wage");

    private ArgumentFinder() {
    }

    /**
     * @param entities the document's entities in the trigger's sentence
     * @param previous the entities of the sentence before, for a "he" or "she" that opens a sentence
     */
    static List<ArgumentProposal> arguments(AnalyzedSentence sentence, int first, int head, boolean verb,
                                            EventType type, List<KnownEntity> entities, List<KnownEntity> previous,
                                            Span trigger) {
        List<ArgumentProposal> arguments = new ArrayList<>();
        List<RoleDefinition> roles = type.roles();
        String doer = roles.getFirst().name();
        // The one done to: the first participant-like role after the doer (MEET has none: both
        // subject and object are Participants).
        String doneTo = roles.stream().skip(1).map(RoleDefinition::name)
                .filter(name -> !CIRCUMSTANCE_ROLES.contains(name)).findFirst().orElse(doer);
        // A phrase trigger ("drone strike") collects the dependents of all its words but its own.
        List<Dependency> edges = new ArrayList<>();
        for (int token = first; token <= head; token++) {
            sentence.dependentsOf(token).stream()
                    .filter(edge -> edge.dependent() < first || edge.dependent() > head)
                    .forEach(edges::add);
        }
        if (!verb || sentence.tokens().get(head).pos().equals("VBG")) {
            // "The United States imposed sanctions", "Hamas claimed the bombing": the subject of a
            // light verb is the doer (a gerund object counts as a noun here).
            for (Dependency governor : sentence.governorsOf(head)) {
                if (governor.relation().equals("obj") && governor.governor() >= 0
                        && LIGHT_VERBS.contains(lemma(sentence.tokens().get(governor.governor())))) {
                    sentence.dependentsOf(governor.governor()).stream()
                            .filter(edge -> edge.relation().equals("nsubj") || edge.relation().startsWith("obl:"))
                            .forEach(edges::add);
                }
            }
        }
        edges.addAll(ParticipantEdges.of(sentence, head));
        // "plotted to kill", "killed and wounded", "designated …, accusing it": a trigger in xcomp, conj
        // or a participle clause shares its governor's subject (unless it has one of its own).
        boolean ownSubject = edges.stream().anyMatch(own -> own.relation().startsWith("nsubj"));
        for (Dependency governor : sentence.governorsOf(head)) {
            if (sharesSubject(sentence, governor) && !ownSubject) {
                sentence.dependentsOf(governor.governor()).stream()
                        .filter(edge -> edge.relation().equals("nsubj") || edge.relation().equals("nsubj:pass"))
                        .map(edge -> new Dependency(head, edge.dependent(), edge.relation()))
                        .forEach(edges::add);
            }
        }
        // "Hezbollah and Hamas attacked": each conjunct fills the same role.
        List<Dependency> conjuncts = new ArrayList<>();
        for (Dependency edge : edges) {
            sentence.dependentsOf(edge.dependent()).stream()
                    .filter(conj -> conj.relation().startsWith("conj"))
                    .forEach(conj -> conjuncts.add(new Dependency(edge.governor(), conj.dependent(), edge.relation())));
        }
        edges.addAll(conjuncts);
        // "the bombing of the AMIA building in Buenos Aires", "killing the children in Syria": a
        // place modifying the one done to is where it happened.
        List<Dependency> places = new ArrayList<>();
        for (Dependency edge : edges) {
            if (DONE_TO_RELATIONS.contains(edge.relation())) {
                sentence.dependentsOf(edge.dependent()).stream()
                        .filter(place -> PLACE_RELATIONS.contains(place.relation()))
                        .forEach(place -> places.add(new Dependency(edge.governor(), place.dependent(), place.relation())));
            }
        }
        edges.addAll(places);
        for (Dependency edge : edges) {
            String relation = edge.relation();
            String role = switch (relation) {
                case "nsubj", "obl:agent", "nmod:agent", "nmod:by", "obl:by" -> doer;
                case "obj", "dobj", "nsubj:pass", "iobj", "nmod:of", "nmod:on", "nmod:against", "obl:against",
                     "obl:on", "obl:of" -> doneTo;
                case "compound", "amod" -> verb ? null : doer;
                // "Soleimani's assassination", "his arrest": the possessor underwent it; "Iran's
                // threat", "Iran's support": the possessor did it.
                case "nmod:poss" -> verb ? null : POSSESSOR_UNDERGOES.contains(type.name()) ? doneTo : doer;
                case "obl:in", "obl:at", "obl:near", "nmod:in", "nmod:at", "obl:inside", "nmod:near", "nmod:inside" -> "Place";
                case "obl:with", "nmod:with" -> "Instrument";
                case "obl:to", "nmod:to" -> type.role("Destination").isPresent() ? "Destination"
                        : type.role("Recipient").isPresent() ? "Recipient" : doneTo; // "a warning to Iran"
                case "obl:for", "nmod:for" -> type.role("Recipient").isPresent() ? "Recipient" : null;
                case "obl:from", "nmod:from" -> "Origin";
                case "obl:tmod", "nmod:tmod", "obl:during", "nmod:during" -> "Time";
                default -> null;
            };
            if (role == null) {
                continue;
            }
            Optional<KnownEntity> entity = entityAt(sentence, edge.dependent(), entities, previous, trigger,
                    "Instrument".equals(role) || relation.equals("compound"));
            if (entity.isEmpty()) {
                continue;
            }
            String chosen = fitRole(type, role, entity.get().label(), doneTo, SUBJECT_RELATIONS.contains(relation));
            if (chosen != null && arguments.stream().noneMatch(a -> a.entity().equals(entity.get()))) {
                arguments.add(new ArgumentProposal(chosen, entity.get()));
            }
        }
        addSentenceTime(sentence, type, entities, arguments, trigger);
        if (!verb && arguments.stream().noneMatch(argument -> argument.role().equals(doer))) {
            // "U.S. drone strike", "Israeli air strike": the parser often misattaches such a
            // premodifier, so the entity right before a nominal trigger is taken as the doer.
            int triggerStart = sentence.tokens().get(first).start();
            entities.stream()
                    .filter(known -> known.span().end() < triggerStart && triggerStart - known.span().end() <= 1)
                    .filter(known -> type.roles().getFirst().accepts(known.label()))
                    .findFirst()
                    .ifPresent(known -> arguments.add(new ArgumentProposal(doer, known)));
        }
        return arguments;
    }

    /** Whether a trigger under this edge does what its governor's subject does. */
    private static boolean sharesSubject(AnalyzedSentence sentence, Dependency governor) {
        String relation = governor.relation();
        if (governor.governor() < 0) {
            return false;
        }
        // The parser labels some participle clauses just "dep": shared when both are verbs.
        boolean verbalDep = relation.equals("dep") && sentence.tokens().get(governor.governor()).pos().startsWith("VB")
                && sentence.tokens().get(governor.dependent()).pos().startsWith("VB");
        return relation.equals("xcomp") || relation.startsWith("conj") || relation.startsWith("advcl") || verbalDep;
    }

    /**
     * The entity an argument's head word stands for: the entity containing it; for a pronoun, the
     * nearest fitting entity before it in the sentence ("Soleimani … when he warned"); for a common
     * noun, an entity modifying it ("the U.S. government", "American soldiers", "Iran's army").
     */
    private static Optional<KnownEntity> entityAt(AnalyzedSentence sentence, int token, List<KnownEntity> entities,
                                                  List<KnownEntity> previous, Span trigger, boolean mayOverlapTrigger) {
        Optional<KnownEntity> containing = containing(sentence.tokens().get(token), entities, trigger, mayOverlapTrigger);
        if (containing.isPresent()) {
            return containing;
        }
        AnalyzedToken head = sentence.tokens().get(token);
        String word = head.word().toLowerCase(Locale.ROOT);
        if (head.pos().equals("WP") || head.pos().equals("WDT")) {
            // "Soleimani, who ordered the attack": the relative pronoun stands for the noun its clause follows.
            return antecedent(sentence, token).flatMap(noun -> containing(sentence.tokens().get(noun), entities, trigger, false));
        }
        if (head.pos().startsWith("PRP")) {
            Set<String> labels = PERSONAL_PRONOUNS.contains(word) ? Set.of("PERSON")
                    : GROUP_PRONOUNS.contains(word) ? Set.of("ORGANIZATION", "GPE", "NORP") : Set.of();
            Optional<KnownEntity> before = entities.stream()
                    .filter(known -> labels.contains(known.label()))
                    .filter(known -> known.span().start() >= sentence.start() && known.span().end() <= head.start())
                    .max(Comparator.comparingInt(known -> known.span().start()));
            if (before.isPresent() || !PERSONAL_PRONOUNS.contains(word)) {
                return before;
            }
            // "He" with no one before it in its sentence: the one person the sentence before names.
            List<KnownEntity> people = previous.stream().filter(known -> known.label().equals("PERSON")).toList();
            return people.size() == 1 ? Optional.of(people.getFirst()) : Optional.empty();
        }
        if (head.pos().startsWith("NN")) {
            // "thousands of Palestinians", "members of Hamas": a quantity or part names who through "of".
            Set<String> naming = QUANTITY_HEADS.contains(lemma(head)) ? QUANTITY_MODIFIERS : MODIFIERS_NAMING_THE_HEAD;
            return sentence.dependentsOf(token).stream()
                    .filter(edge -> naming.contains(edge.relation()))
                    .map(edge -> containing(sentence.tokens().get(edge.dependent()), entities, trigger, false))
                    .flatMap(Optional::stream)
                    .findFirst();
        }
        return Optional.empty();
    }

    /** The noun a relative clause modifies (UD "acl:relcl"; this parser often says just "dep"). */
    private static Optional<Integer> antecedent(AnalyzedSentence sentence, int pronoun) {
        return sentence.governorsOf(pronoun).stream().filter(edge -> edge.governor() >= 0)
                .flatMap(clause -> sentence.governorsOf(clause.governor()).stream())
                .filter(edge -> edge.governor() >= 0 && (edge.relation().equals("acl:relcl")
                        || edge.relation().equals("dep") || edge.relation().equals("acl")))
                .map(Dependency::governor)
                .filter(noun -> noun < pronoun)
                .findFirst();
    }

    private static Optional<KnownEntity> containing(AnalyzedToken token, List<KnownEntity> entities, Span trigger,
                                                    boolean mayOverlapTrigger) {
        return entities.stream()
                .filter(known -> known.span().start() <= token.start() && token.end() <= known.span().end())
                .filter(known -> mayOverlapTrigger
                        || !(known.span().start() >= trigger.start() && known.span().end() <= trigger.end()))
                .findFirst();
    }

    /**
     * A date near the trigger in its sentence dates the event when the parse gave none ("On Friday,
     * …"); of several, the nearest. Far-away dates of long sentences usually date something else.
     */
    private static void addSentenceTime(AnalyzedSentence sentence, EventType type, List<KnownEntity> entities,
                                        List<ArgumentProposal> arguments, Span trigger) {
        if (type.role("Time").isEmpty() || arguments.stream().anyMatch(argument -> argument.role().equals("Time"))) {
            return;
        }
        entities.stream()
                .filter(known -> known.label().equals("DATE"))
                .filter(known -> known.span().start() >= sentence.start() && known.span().end() <= sentence.end())
                .filter(known -> distance(known.span(), trigger) <= NEARBY_DATE)
                .min(Comparator.comparingInt(known -> distance(known.span(), trigger)))
                .ifPresent(known -> arguments.add(new ArgumentProposal("Time", known)));
    }

    private static int distance(Span a, Span b) {
        return Math.max(0, Math.max(a.start() - b.end(), b.start() - a.end()));
    }

    /**
     * The role if it accepts the entity's type; a WEAPON or DATE goes to Instrument or Time instead,
     * and a "with" that names no weapon names the other side.
     */
    private static String fitRole(EventType type, String role, String label, String doneTo, boolean subject) {
        if ("WEAPON".equals(label) && type.role("Instrument").isPresent()) {
            return "Instrument";
        }
        if ("Instrument".equals(role)) {
            // "with" and no weapon: the other side ("a war with Iran", "talks with Hamas").
            role = doneTo;
        }
        if ("DATE".equals(label) && type.role("Time").isPresent()) {
            return "Time";
        }
        Optional<String> fitting = type.role(role).filter(definition -> definition.accepts(label)).map(RoleDefinition::name);
        if (fitting.isPresent() || !PLACE_LABELS.contains(label) || subject) {
            return fitting.orElse(null);
        }
        // A place where the relation named another role (never the doer's): where it happened, or for
        // a journey where it went ("visited Moscow", "arrived in Beijing").
        return type.role("Place").or(() -> type.role("Destination"))
                .filter(definition -> definition.accepts(label)).map(RoleDefinition::name).orElse(null);
    }
}
