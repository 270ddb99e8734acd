package org.goldset.suggestion.engine.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.goldset.nlp.AnalyzedSentence;
import org.goldset.nlp.AnalyzedToken;
import org.goldset.nlp.DocumentAnalysis;
import org.goldset.schema.AnnotationSchema;
import org.goldset.schema.EventType;
import org.goldset.suggestion.engine.EventProposal;
import org.goldset.suggestion.engine.EventSuggestionEngine;
import org.goldset.suggestion.engine.KnownEntity;
import org.goldset.text.Span;

/**
 * Finds event triggers from the lexicon and fills their roles from the dependency parse: the
 * subject or passive agent is the doer, the object or passive subject the one done to, "in/at" a
 * place, "with" an instrument (or, naming no weapon, the other side), "to/from" destination and
 * origin, dates under the trigger the time; for nominal triggers, compounds and possessives ("U.S.
 * drone strike", "Iran's threat") name the doer and "of/on/against" the target. A trigger in an
 * xcomp, conj or participle clause shares its governor's subject. An argument must be one of the
 * document's entities and of a type its role accepts: a pronoun stands for the nearest fitting
 * entity before it in the sentence, a common noun for an entity modifying it ("the U.S.
 * government"). Negated, hypothetical and planned events are kept with their modality.
 */
public final class EventEngine implements EventSuggestionEngine {

    public static final String ID = "events";
    public static final String VERSION = "0.7";

    private final TriggerLexicon lexicon;
    private final AnnotationSchema schema;
    private final LearnedTriggers learned;

    public EventEngine(TriggerLexicon lexicon, AnnotationSchema schema) {
        this(lexicon, schema, LearnedTriggers.none());
    }

    EventEngine(TriggerLexicon lexicon, AnnotationSchema schema, LearnedTriggers learned) {
        this.lexicon = lexicon;
        this.schema = schema;
        this.learned = learned;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public List<EventProposal> suggest(DocumentAnalysis analysis, List<KnownEntity> entities) {
        List<EventProposal> proposals = new ArrayList<>();
        List<Integer> byStart = new ArrayList<>(java.util.stream.IntStream.range(0, entities.size()).boxed().toList());
        byStart.sort(java.util.Comparator.comparingInt(index -> entities.get(index).span().start()));
        LearnedTriggers.Index taught = learned.current();
        List<AnalyzedSentence> sentences = analysis.sentences();
        for (int s = 0; s < sentences.size(); s++) {
            AnalyzedSentence sentence = sentences.get(s);
            List<AnalyzedToken> tokens = sentence.tokens();
            List<KnownEntity> inSentence = within(entities, byStart, sentence.start(), sentence.end());
            List<KnownEntity> inPrevious = s == 0 ? List.of()
                    : within(entities, byStart, sentences.get(s - 1).start(), sentence.start());
            for (int i = 0; i < tokens.size(); i++) {
                Optional<Match> match = match(tokens, i, taught);
                if (match.isEmpty()) {
                    continue;
                }
                Match found = match.get();
                int head = found.last;
                Optional<String> sense = TriggerSense.typeHere(sentence, head, found.trigger.eventType(), inSentence);
                String words = analysis.text().slice(tokens.get(found.first).start(), tokens.get(found.last).end());
                if (sense.isEmpty() || taught.isSuppressed(words, sense.get())) {
                    i = found.last;
                    continue;
                }
                EventType type = schema.eventType(sense.get()).orElseThrow();
                String cameo = type.name().equals(found.trigger.eventType()) ? found.trigger.cameo()
                        : type.cameoCodes().getFirst();
                String modality = Modality.of(sentence, head);
                boolean verb = tokens.get(head).pos().startsWith("VB");
                double score = (verb ? 0.7 : 0.6) * ("asserted".equals(modality) ? 1.0 : 0.6);
                Span trigger = new Span(tokens.get(found.first).start(), tokens.get(found.last).end());
                proposals.add(new EventProposal(trigger, type.name(), cameo, modality, score,
                        ArgumentFinder.arguments(sentence, found.first, head, verb, type, inSentence, inPrevious,
                                trigger)));
                i = found.last;
            }
        }
        return proposals;
    }

    /**
     * The entities inside a sentence, in the order given (what analysts kept comes first and wins),
     * found by binary search in their indexes sorted by start: every rule reads only its own
     * sentence, and scanning all of a long document's entities for each trigger would be quadratic.
     */
    private static List<KnownEntity> within(List<KnownEntity> entities, List<Integer> byStart, int start, int end) {
        int low = 0;
        int high = byStart.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (entities.get(byStart.get(middle)).span().start() < start) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        List<Integer> inside = new ArrayList<>();
        for (int i = low; i < byStart.size() && entities.get(byStart.get(i)).span().start() < end; i++) {
            if (entities.get(byStart.get(i)).span().end() <= end) {
                inside.add(byStart.get(i));
            }
        }
        inside.sort(null);
        return inside.stream().map(entities::get).toList();
    }

    /**
     * The longest lexicon phrase starting at this token. A token matches an entry by its lemma or
     * by one of its other forms (see {@link #forms}).
     */
    private Optional<Match> match(List<AnalyzedToken> tokens, int at, LearnedTriggers.Index taught) {
        List<TriggerLexicon.Trigger> candidates = new ArrayList<>();
        for (String form : forms(tokens.get(at))) {
            lexicon.startingWith(form).stream().filter(t -> !candidates.contains(t)).forEach(candidates::add);
        }
        // What analysts taught comes after the lexicon's entries of the same length (a stable sort).
        taught.startingWith(tokens.get(at).word().toLowerCase(Locale.ROOT)).stream()
                .filter(t -> !candidates.contains(t)).forEach(candidates::add);
        candidates.sort((a, b) -> Integer.compare(b.lemmas().size(), a.lemmas().size()));
        for (TriggerLexicon.Trigger trigger : candidates) {
            int length = trigger.lemmas().size();
            if (at + length > tokens.size()) {
                continue;
            }
            boolean all = true;
            for (int k = 0; k < length && all; k++) {
                AnalyzedToken token = tokens.get(at + k);
                String expected = trigger.lemmas().get(k);
                all = forms(token).contains(expected);
            }
            if (all && trigger.acceptsTag(tokens.get(at + length - 1).pos())) {
                return Optional.of(new Match(trigger, at, at + length - 1));
            }
        }
        return Optional.empty();
    }

    /**
     * The lemma, the lowercased word, and for a plural the tagger took for a proper noun (a
     * capitalised "Sanctions are coming", whose lemma stays "Sanctions") the word without its "s".
     */
    private static List<String> forms(AnalyzedToken token) {
        String word = token.word().toLowerCase(Locale.ROOT);
        List<String> forms = new ArrayList<>(List.of(lemma(token), word));
        if (token.pos().startsWith("NNP") && word.length() > 3 && word.endsWith("s")) {
            forms.add(word.substring(0, word.length() - 1));
        }
        return forms;
    }

    static String lemma(AnalyzedToken token) {
        return (token.lemma() == null ? token.word() : token.lemma()).toLowerCase(Locale.ROOT);
    }

    private record Match(TriggerLexicon.Trigger trigger, int first, int last) {
    }
}

