package org.goldset.suggestion.engine.corenlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.goldset.nlp.AnalyzedToken;
import org.goldset.nlp.CoreNlpAnalyzer;
import org.goldset.nlp.DocumentAnalysis;
import org.goldset.nlp.NerMention;
import org.goldset.suggestion.engine.EntitySuggestion;
import org.goldset.suggestion.engine.SuggestionEngine;
import org.goldset.text.Span;
import org.springframework.stereotype.Component;

/**
 * Entity suggestions from CoreNLP's NER mentions, mapped onto the schema, with the noise analysts
 * would reject removed: pronouns, vague time words, leading articles and possessives.
 */
@Component
class CoreNlpEntityEngine implements SuggestionEngine {

    static final String ID = "corenlp-ner";
    /** Bump the suffix whenever mapping or filtering changes. */
    static final String VERSION = CoreNlpAnalyzer.CORENLP_VERSION + "+map.5";

    /** Words SUTime tags as dates that, on their own, our guidelines leave out ("now", "night", "late on"). */
    private static final Set<String> VAGUE_TIME_WORDS = Set.of("now", "right", "currently", "current", "recently",
            "recent", "once", "then", "later", "soon", "earlier", "formerly", "former", "past", "future", "present",
            "ago", "nowadays", "the", "at", "time", "night", "morning", "evening", "afternoon", "day", "late", "early",
            "on", "before", "after", "meantime", "meanwhile");
    /** Honorifics, ranks and roles that precede names but are not part of a PERSON span. */
    private static final Set<String> TITLES = Set.of("mr.", "mrs.", "ms.", "dr.", "prof.", "sir", "gen.", "general",
            "maj.", "major", "col.", "colonel", "lt.", "capt.", "captain", "sgt.", "adm.", "admiral", "brig.", "cmdr.",
            "president", "sen.", "senator", "rep.", "gov.", "governor", "minister", "secretary", "ayatollah",
            "grand", "sheikh", "shaykh", "imam", "mullah", "martyr", "king", "queen", "prince", "princess", "emir",
            "sultan", "pope", "rabbi", "cleric", "commander", "chief", "leader", "supreme", "hojatoleslam", "haj",
            "hajji", "sayyed", "sayyid", "seyed", "mufti", "judge", "justice");
    private static final Set<String> PRONOUNS = Set.of("i", "me", "you", "he", "him", "she", "her", "we", "us",
            "they", "them", "it", "his", "hers", "its", "our", "their", "who", "whom");
    /** Name particles after which a name goes on: "Abu Mahdi al-Muhandis", "Osama bin Laden". */
    private static final java.util.regex.Pattern NAME_CONTINUATION =
            java.util.regex.Pattern.compile("(?:al|el|ad|as|ash|ibn|bin|bint|abu|abd)-\\p{L}[\\p{L}'’-]*");

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
        for (NerMention mention : joinSplitPlaceNames(TimeMentions.repair(analysis.nerMentions(), analysis), analysis)) {
            Optional<String> label = CoreNlpTypeMapping.labelFor(mention.type());
            if (label.isEmpty() || isPronoun(mention, analysis)) {
                continue;
            }
            if (label.get().equals("DATE") && isVagueTime(mention, analysis)) {
                continue;
            }
            if (label.get().equals("NORP") && !Character.isUpperCase(mention.text().codePointAt(0))) {
                continue; // nationalities and religions are capitalised: "an independent investigation" names none
            }
            String placed = label.get().equals("LOCATION") ? CoreNlpTypeMapping.placeLabel(
                    tokensOf(mention, analysis).stream().map(AnalyzedToken::word).toList()) : label.get();
            trim(mention, placed, analysis).ifPresent(span ->
                    suggestions.add(new EntitySuggestion(span, placed, mention.confidence())));
        }
        return suggestions;
    }

    /**
     * CoreNLP sometimes cuts one place name in two mentions of different place classes ("Mexico" CITY +
     * "City" LOCATION, "Port" + "Sudan"); two place mentions that touch, in one sentence, made only of
     * proper nouns, are one name.
     */
    static List<NerMention> joinSplitPlaceNames(List<NerMention> mentions, DocumentAnalysis analysis) {
        List<NerMention> joined = new ArrayList<>();
        for (NerMention mention : mentions) {
            NerMention previous = joined.isEmpty() ? null : joined.getLast();
            if (previous != null && isPlace(previous) && isPlace(mention)
                    && previous.sentenceIndex() == mention.sentenceIndex()
                    && previous.lastTokenExclusive() == mention.firstToken()
                    && allProperNouns(previous, analysis) && allProperNouns(mention, analysis)) {
                String text = previous.text() + " " + mention.text();
                joined.set(joined.size() - 1, new NerMention(previous.start(), mention.end(), text, "LOCATION",
                        Math.min(previous.confidence(), mention.confidence()), null, previous.sentenceIndex(),
                        previous.firstToken(), mention.lastTokenExclusive()));
            } else {
                joined.add(mention);
            }
        }
        return joined;
    }

    private static boolean isPlace(NerMention mention) {
        return CoreNlpTypeMapping.labelFor(mention.type())
                .filter(label -> label.equals("GPE") || label.equals("LOCATION")).isPresent();
    }

    private static boolean allProperNouns(NerMention mention, DocumentAnalysis analysis) {
        return tokensOf(mention, analysis).stream().allMatch(token -> token.pos().startsWith("NNP"));
    }

    private static boolean isPronoun(NerMention mention, DocumentAnalysis analysis) {
        List<AnalyzedToken> tokens = tokensOf(mention, analysis);
        return tokens.stream().allMatch(token -> token.isPronoun()
                || PRONOUNS.contains(token.word().toLowerCase(Locale.ROOT)));
    }

    private static boolean isVagueTime(NerMention mention, DocumentAnalysis analysis) {
        return tokensOf(mention, analysis).stream()
                .allMatch(token -> VAGUE_TIME_WORDS.contains(token.word().toLowerCase(Locale.ROOT)));
    }

    /**
     * Fits the span to our guidelines: no leading article, no trailing possessive or punctuation;
     * for people, no titles in front and Arabic name particles that CoreNLP cut off put back.
     */
    private static Optional<Span> trim(NerMention mention, String label, DocumentAnalysis analysis) {
        List<AnalyzedToken> tokens = new ArrayList<>(tokensOf(mention, analysis));
        while (!tokens.isEmpty() && (tokens.getFirst().pos().equals("DT") || tokens.getFirst().pos().equals("POS"))
                && !(label.equals("DATE") && isIndefiniteArticle(tokens.getFirst()) && tokens.size() > 1)) {
            tokens.removeFirst();
        }
        if (label.equals("PERSON")) {
            while (!tokens.isEmpty() && TITLES.contains(tokens.getFirst().word().toLowerCase(Locale.ROOT))) {
                tokens.removeFirst();
            }
            List<AnalyzedToken> sentence = analysis.sentences().get(mention.sentenceIndex()).tokens();
            int next = mention.lastTokenExclusive();
            while (next < sentence.size()) {
                int taken = continuation(sentence, next);
                if (taken == 0) {
                    break;
                }
                tokens.addAll(sentence.subList(next, next + taken));
                next += taken;
            }
        }
        boolean place = label.equals("GPE") || label.equals("LOCATION");
        // A place's name is capitalised: "Hodeidah province" names Hodeidah.
        while (!tokens.isEmpty() && (tokens.getLast().pos().equals("POS") || isPunctuation(tokens.getLast())
                || place && tokens.size() > 1 && Character.isLowerCase(tokens.getLast().word().charAt(0)))) {
            tokens.removeLast();
        }
        if (tokens.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Span(tokens.getFirst().start(), tokens.getLast().end()));
    }

    /**
     * How many tokens from {@code index} continue a person's name: "al-Muhandis" as one token, or as
     * the three the tokenizer makes of it ("al", "-", "Muhandis", touching); 0 when none does.
     */
    private static int continuation(List<AnalyzedToken> sentence, int index) {
        if (NAME_CONTINUATION.matcher(sentence.get(index).word().toLowerCase(Locale.ROOT)).matches()) {
            return 1;
        }
        if (index + 2 < sentence.size()) {
            AnalyzedToken particle = sentence.get(index);
            AnalyzedToken hyphen = sentence.get(index + 1);
            AnalyzedToken name = sentence.get(index + 2);
            String joined = particle.word() + hyphen.word() + name.word();
            boolean touching = particle.end() == hyphen.start() && hyphen.end() == name.start();
            if (touching && hyphen.word().equals("-") && NAME_CONTINUATION.matcher(joined.toLowerCase(Locale.ROOT)).matches()
                    && Character.isUpperCase(name.word().charAt(0))) {
                return 3;
            }
        }
        return 0;
    }

    /** "a year later", "a week ago": in a date the article counts (one year), unlike "the". */
    private static boolean isIndefiniteArticle(AnalyzedToken token) {
        String word = token.word().toLowerCase(Locale.ROOT);
        return word.equals("a") || word.equals("an");
    }

    private static boolean isPunctuation(AnalyzedToken token) {
        return token.word().chars().noneMatch(Character::isLetterOrDigit);
    }

    private static List<AnalyzedToken> tokensOf(NerMention mention, DocumentAnalysis analysis) {
        return analysis.sentences().get(mention.sentenceIndex()).tokens()
                .subList(mention.firstToken(), mention.lastTokenExclusive());
    }
}
