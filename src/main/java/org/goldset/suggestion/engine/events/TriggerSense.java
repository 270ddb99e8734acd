package org.goldset.suggestion.engine.events;

import static org.goldset.suggestion.engine.events.EventEngine.lemma;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.goldset.nlp.AnalyzedSentence;
import org.goldset.nlp.AnalyzedToken;
import org.goldset.nlp.Dependency;
import org.goldset.suggestion.engine.KnownEntity;

/**
 * Whether a lexicon word means its event here. Many trigger words have a figurative or other sense
 * that news uses as often as the literal one: prices "hit a record", leaders "strike a deal", "hit
 * back at criticism", "fire" an official, a "trade war", a "legal battle", "kill the bill", talks
 * that "return to the table". The checks read the trigger's own dependents in the parse (its
 * subject, object, modifiers): a general sense test, not a list of phrases. Some words change
 * type instead ("a hunger strike" is a protest), and movement words count as TRAVEL only with a
 * place to go to or from ("headed to Cairo", not "headed the delegation"); giving words count as
 * SUPPORT only when help is given ("provided weapons"), a campaign as ATTACK only when it is a
 * military one. A word inside a name or a date is never a trigger.
 */
final class TriggerSense {

    /** Causes that "hit", "strike" or "batter" without anyone attacking. */
    private static final Set<String> NON_AGENTS = Set.of("earthquake", "quake", "storm", "flood", "drought", "hurricane",
            "cyclone", "typhoon", "sanction", "inflation", "crisis", "pandemic", "virus", "recession", "shortage",
            "outage", "wave", "heatwave", "wildfire", "news", "report", "scandal", "cut", "tariff", "price", "disease",
            "outbreak", "famine", "downturn", "slump", "blackout", "landslide", "tsunami", "rain", "snow", "weather");
    /** What one hits, strikes, fires or shoots without violence. */
    private static final Set<String> NON_TARGETS = Set.of("record", "high", "low", "peak", "level", "mark", "milestone",
            "headline", "market", "snag", "wall", "deal", "agreement", "balance", "chord", "tone", "note", "bargain",
            "compromise", "pose", "pact", "accord", "nerve", "jackpot", "road", "button", "shelf", "inflation",
            "audience", "voter", "video", "film", "footage", "photo", "scene", "movie", "question", "criticism", "critic",
            "rumour", "rumor", "deadline", "claim", "accusation", "remark", "comment", "allegation", "report", "media",
            "press", "target", "goal", "ball", "email", "letter", "salvo", "warning");
    /** Jobs one is fired from. */
    private static final Set<String> POSITIONS = Set.of("official", "minister", "employee", "staff", "worker", "director",
            "manager", "coach", "chief", "head", "aide", "adviser", "advisor", "secretary", "commissioner",
            "prosecutor", "judge", "ceo", "executive", "spokesman", "spokeswoman", "spokesperson", "governor");
    /** What "kill", "eliminate" or "execute" ends without a death. */
    private static final Set<String> NON_VICTIMS = Set.of("bill", "deal", "plan", "proposal", "idea", "project",
            "legislation", "measure", "agreement", "talk", "time", "engine", "story", "chance", "momentum", "hope",
            "mood", "process", "program", "programme", "order", "strategy", "trade", "contract", "command",
            "operation", "task", "search", "warrant", "transaction", "policy", "need", "tariff", "barrier",
            "requirement", "subsidy", "job", "position", "poverty", "corruption", "waste", "debt", "risk", "possibility");
    /** Modifiers that make a war, battle or attack a figure of speech or a medical event. */
    private static final Set<String> FIGURATIVE_MODIFIERS = Set.of("trade", "price", "culture", "tariff", "currency",
            "bidding", "propaganda", "legal", "court", "political", "uphill", "custody", "election", "electoral",
            "budget", "bureaucratic", "procedural", "verbal", "rhetorical", "personal", "heart", "panic", "asthma",
            "charm", "media", "word", "diplomatic", "public-relations", "ratings", "courtroom", "lawsuit");
    /** What one fights, battles or wars on without an enemy. */
    private static final Set<String> NON_ENEMIES = Set.of("corruption", "inflation", "poverty", "disease", "virus",
            "pandemic", "fire", "wildfire", "blaze", "climate", "crime", "change", "law", "ruling", "decision",
            "extradition", "charge", "case", "tear", "cancer", "addiction", "drug", "hunger", "word", "misinformation",
            "disinformation", "illness", "infection", "obesity");
    /** A strike by workers or prisoners is a protest. */
    private static final Set<String> PROTEST_STRIKES = Set.of("hunger", "general", "labor", "labour", "worker",
            "nationwide", "teacher", "doctor", "rail", "transport", "national", "union", "wildcat", "sit-down");
    /** Movement words that are TRAVEL only with a place to go to or from. */
    private static final Set<String> NEEDS_A_PLACE = Set.of("go", "come", "head", "move", "land", "cross", "enter",
            "withdraw", "withdrawal", "escape", "sail", "drive", "deploy", "deployment", "relocate", "leave", "return",
            "depart", "departure", "evacuate", "evacuation");
    private static final Set<String> PLACE_WORDS = Set.of("home", "abroad", "overseas", "country", "capital", "city",
            "border", "region", "area", "front", "town", "village", "base", "camp");
    private static final Set<String> PLACE_LABELS = Set.of("GPE", "LOCATION", "FACILITY");
    private static final Set<String> PLACE_RELATIONS = Set.of("obj", "obl:to", "obl:into", "obl:for", "obl:from",
            "obl:in", "obl:at", "obl:toward", "obl:towards", "nmod:to", "nmod:into", "nmod:from", "nmod:in",
            "nmod:toward", "nmod:towards", "advmod", "obl:tmod", "obl:npmod");
    /** Legal-action verbs that need a person as the one acted on: "released the hostages", not "released a statement". */
    private static final Set<String> NEEDS_A_PERSON = Set.of("release", "free", "try");
    private static final Set<String> PERSON_LABELS = Set.of("PERSON", "NORP", "ORGANIZATION");
    private static final Set<String> PERSON_NOUNS = Set.of("hostage", "prisoner", "detainee", "captive", "suspect",
            "journalist", "activist", "man", "woman", "people", "person", "citizen", "national", "worker", "soldier",
            "civilian", "protester", "opponent", "dissident", "student", "member", "leader", "official", "child");
    /** Giving verbs that are SUPPORT only when what is given is help: "provided weapons", not "provided details". */
    private static final Set<String> NEEDS_HELP_GIVEN = Set.of("provide", "deliver");
    private static final Set<String> HELP_NOUNS = Set.of("weapon", "arm", "money", "fund", "funding", "aid",
            "support", "training", "equipment", "ammunition", "intelligence", "assistance", "fighter", "troop",
            "drone", "missile", "rocket", "financing", "cash", "fuel", "shelter", "sanctuary", "backing", "loan",
            "munition", "explosive", "component", "technology", "advisor", "adviser", "refuge", "protection");
    /** Modifiers that make a campaign a military one ("air campaign", "bombing campaign"). */
    private static final Set<String> MILITARY_CAMPAIGNS = Set.of("air", "military", "bombing", "drone", "missile",
            "ground", "aerial", "artillery", "counterinsurgency", "counterterrorism", "counter-terrorism", "terror",
            "terrorist", "armed", "insurgent", "guerrilla", "naval", "assassination", "sabotage", "shelling");
    private static final Set<String> ENEMY_LABELS = Set.of("ORGANIZATION", "GPE", "NORP", "PERSON");

    /** Nouns an attack word describes rather than being an attack: "fighting vehicles", "attack helicopters". */
    private static final Set<String> KINDS_OF_THINGS = Set.of("vehicle", "helicopter", "aircraft", "jet", "drone",
            "plane", "craft", "boat", "ship", "submarine", "tank", "unit", "group", "force", "team", "dog", "squad",
            "capability", "capacity", "fighter", "position", "season", "formation", "battalion", "brigade");

    /** Verbs under which "charges" are legal ones. */
    private static final Set<String> CHARGE_VERBS = Set.of("face", "file", "bring", "press", "drop", "level", "lay",
            "deny", "dismiss", "include", "announce");

    private TriggerSense() {
    }

    /** The event type this trigger has here, or empty when the word does not mean an event. */
    static Optional<String> typeHere(AnalyzedSentence sentence, int head, String type, List<KnownEntity> entities) {
        AnalyzedToken trigger = sentence.tokens().get(head);
        String lemma = lemma(trigger);
        boolean verb = trigger.pos().startsWith("VB");
        List<Dependency> dependents = sentence.dependentsOf(head);
        if (entities.stream().anyMatch(known -> !known.label().equals("WEAPON")
                && known.span().start() <= trigger.start() && trigger.end() <= known.span().end())) {
            return Optional.empty(); // part of a name or date: "March 14", "Rapid Support Forces", "Killers of the Flower Moon"
        }
        if (type.equals("ATTACK") && verb && has(sentence, dependents, Set.of("compound:prt", "advmod"), Set.of("back", "out"))
                && has(sentence, dependents, Set.of("obl:at", "obj"), NON_TARGETS)) {
            return Optional.of("ACCUSE"); // "hit back at criticism", "struck out at the claims": words, not blows
        }
        if (type.equals("ATTACK") && describesNextNoun(sentence, head)) {
            return Optional.empty(); // "fighting vehicles", "attack helicopters", "strike group": kinds of things
        }
        if (type.equals("SUPPORT") && verb && lemma.equals("train") && !trigger.pos().equals("VBN")
                && dependents.stream().noneMatch(edge -> edge.relation().equals("obj")
                        || edge.relation().equals("nsubj:pass"))) {
            // "troops training at the base" train themselves; "trained the militia", "trained fighters" are support
            return Optional.empty();
        }
        if (type.equals("ATTACK") || type.equals("KILL")) {
            if (has(sentence, dependents, Set.of("nsubj"), NON_AGENTS)
                    || has(sentence, dependents, Set.of("obj", "obl:at", "obl:on"), type.equals("KILL") ? NON_VICTIMS : NON_TARGETS)
                    || has(sentence, dependents, Set.of("amod", "compound", "nmod:of"), FIGURATIVE_MODIFIERS)
                    || has(sentence, dependents, Set.of("obj", "obl:against", "nmod:against", "nmod:on", "obl:on"), NON_ENEMIES)) {
                return Optional.empty();
            }
            if (verb && lemma.equals("fire") && (has(sentence, dependents, Set.of("obj", "nsubj:pass"), POSITIONS)
                    || anyEntity(sentence, dependents, Set.of("obj"), Set.of("PERSON"), entities))) {
                return Optional.empty(); // fired from a job
            }
            if (!verb && lemma.equals("strike") && has(sentence, dependents, Set.of("amod", "compound"), PROTEST_STRIKES)) {
                return Optional.of("PROTEST");
            }
            if (!verb && lemma.equals("death") && sentence.governorsOf(head).stream().anyMatch(edge -> edge.governor() >= 0
                    && edge.relation().equals("compound"))) {
                return Optional.empty(); // "death penalty", "death sentence", "death toll" name no killing
            }
            if (!verb && lemma.equals("war") && sentence.governorsOf(head).stream().anyMatch(edge -> edge.governor() >= 0
                    && edge.relation().startsWith("nmod") && lemma(sentence.tokens().get(edge.governor())).equals("prisoner"))) {
                return Optional.empty(); // "prisoners of war" are a kind of prisoner ("the war's experiences" stays a war)
            }
        }
        if (type.equals("SUPPORT") && verb && NEEDS_HELP_GIVEN.contains(lemma)
                && !anyEntity(sentence, dependents, Set.of("obj", "nsubj:pass"), Set.of("WEAPON"), entities)
                && !has(sentence, dependents, Set.of("obj", "nsubj:pass"), HELP_NOUNS)) {
            return Optional.empty();
        }
        if (type.equals("ATTACK") && !verb && lemma.equals("campaign") && !militaryCampaign(sentence, dependents, entities)) {
            return Optional.empty(); // an election, pressure or advertising campaign attacks no one
        }
        if (type.equals("TRAVEL") && NEEDS_A_PLACE.contains(lemma)
                && !anyEntity(sentence, dependents, PLACE_RELATIONS, PLACE_LABELS, entities)
                && !has(sentence, dependents, PLACE_RELATIONS, PLACE_WORDS)) {
            return Optional.empty();
        }
        if (type.equals("JUSTICE") && verb && NEEDS_A_PERSON.contains(lemma)
                && !anyEntity(sentence, dependents, Set.of("obj", "nsubj:pass"), PERSON_LABELS, entities)
                && !has(sentence, dependents, Set.of("obj", "nsubj:pass"), PERSON_NOUNS)) {
            return Optional.empty();
        }
        if (type.equals("JUSTICE") && !verb && lemma.equals("charge")
                && (has(sentence, dependents, Set.of("case"), Set.of("in"))
                || !hasGovernor(sentence, head, CHARGE_VERBS)
                && dependents.stream().noneMatch(edge -> edge.relation().equals("nmod:against")
                        || edge.relation().equals("nmod:of") || edge.relation().equals("acl")))) {
            return Optional.empty(); // "in charge of", "a charge of the light brigade"
        }
        return Optional.of(type);
    }

    /**
     * Whether the word names a kind of the noun right after it ("attack helicopters", "fighting
     * vehicles"), whichever way the parser linked the two (modifier, or verb and object).
     */
    private static boolean describesNextNoun(AnalyzedSentence sentence, int head) {
        if (head + 1 >= sentence.tokens().size()) {
            return false;
        }
        AnalyzedToken next = sentence.tokens().get(head + 1);
        if (!next.pos().startsWith("NN") || !KINDS_OF_THINGS.contains(lemma(next))) {
            return false;
        }
        return sentence.governorsOf(head).stream().anyMatch(edge -> edge.governor() == head + 1)
                || sentence.governorsOf(head + 1).stream().anyMatch(edge -> edge.governor() == head);
    }

    /**
     * A campaign is an attack with a military modifier ("bombing campaign"), or, with no modifier at
     * all, when it is waged against a named enemy ("a campaign against ISIS").
     */
    private static boolean militaryCampaign(AnalyzedSentence sentence, List<Dependency> dependents,
                                            List<KnownEntity> entities) {
        if (has(sentence, dependents, Set.of("amod", "compound"), MILITARY_CAMPAIGNS)) {
            return true;
        }
        boolean modified = dependents.stream().anyMatch(edge -> edge.relation().equals("amod")
                || edge.relation().equals("compound"));
        return !modified && anyEntity(sentence, dependents, Set.of("nmod:against", "obl:against"), ENEMY_LABELS, entities);
    }

    private static boolean has(AnalyzedSentence sentence, List<Dependency> dependents, Set<String> relations,
                               Set<String> lemmas) {
        return dependents.stream().anyMatch(edge -> relations.contains(edge.relation())
                && lemmas.contains(lemma(sentence.tokens().get(edge.dependent()))));
    }

    private static boolean hasGovernor(AnalyzedSentence sentence, int token, Set<String> lemmas) {
        return sentence.governorsOf(token).stream().anyMatch(edge -> edge.governor() >= 0
                && lemmas.contains(lemma(sentence.tokens().get(edge.governor()))));
    }

    /** Whether a dependent under one of the relations lies in one of the document's entities of these labels. */
    private static boolean anyEntity(AnalyzedSentence sentence, List<Dependency> dependents, Set<String> relations,
                                     Set<String> labels, List<KnownEntity> entities) {
        return dependents.stream().filter(edge -> relations.contains(edge.relation())).anyMatch(edge -> {
            AnalyzedToken token = sentence.tokens().get(edge.dependent());
            return entities.stream().anyMatch(known -> labels.contains(known.label())
                    && known.span().start() <= token.start() && token.end() <= known.span().end());
        });
    }
}
