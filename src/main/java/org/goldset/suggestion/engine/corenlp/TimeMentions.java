package org.goldset.suggestion.engine.corenlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.goldset.nlp.AnalyzedToken;
import org.goldset.nlp.DocumentAnalysis;
import org.goldset.nlp.NerMention;

/**
 * Repairs CoreNLP's time mentions before they are mapped, to the guidelines' DATE:
 * <ul>
 *   <li>touching DATE and TIME mentions are one date ("late on" + "Sunday" + "night" is "late on
 *       Sunday night", as "Friday morning" is one);</li>
 *   <li>a DURATION anchored in the telling is a date, not a duration: "that year", "this week", "the
 *       past few days", "the next month" (SUTime calls them durations; "for 20 years" stays one), with
 *       a "later" or "earlier" just before it ("later that year").</li>
 * </ul>
 */
final class TimeMentions {

    private static final Set<String> TIME_TYPES = Set.of("DATE", "TIME");
    /** Words that anchor a span of time to the moment of the story. */
    private static final Set<String> ANCHORS = Set.of("past", "last", "next", "coming", "previous", "that", "this");
    private static final Set<String> RELATIVE_ADVERBS = Set.of("later", "earlier");

    private TimeMentions() {
    }

    static List<NerMention> repair(List<NerMention> mentions, DocumentAnalysis analysis) {
        List<NerMention> repaired = new ArrayList<>();
        for (NerMention mention : mentions) {
            NerMention current = anchoredDuration(mention, analysis);
            NerMention previous = repaired.isEmpty() ? null : repaired.getLast();
            if (previous != null && TIME_TYPES.contains(previous.type()) && TIME_TYPES.contains(current.type())
                    && previous.sentenceIndex() == current.sentenceIndex()
                    && previous.lastTokenExclusive() == current.firstToken()) {
                repaired.set(repaired.size() - 1, new NerMention(previous.start(), current.end(),
                        previous.text() + " " + current.text(), "DATE",
                        Math.min(previous.confidence(), current.confidence()),
                        previous.normalized() != null ? previous.normalized() : current.normalized(),
                        previous.sentenceIndex(), previous.firstToken(), current.lastTokenExclusive()));
            } else {
                repaired.add(current);
            }
        }
        return repaired;
    }

    /** The mention as a DATE when it is a DURATION anchored by its first word; else unchanged. */
    private static NerMention anchoredDuration(NerMention mention, DocumentAnalysis analysis) {
        if (!"DURATION".equals(mention.type())) {
            return mention;
        }
        List<AnalyzedToken> sentence = analysis.sentences().get(mention.sentenceIndex()).tokens();
        int first = mention.firstToken();
        int anchor = word(sentence.get(first)).equals("the") && first + 1 < mention.lastTokenExclusive()
                ? first + 1 : first;
        if (!ANCHORS.contains(word(sentence.get(anchor)))) {
            if (first == 0 || !ANCHORS.contains(word(sentence.get(first - 1)))) {
                return mention;
            }
            first--; // CoreNLP left the anchor out: "that" + "year"
        }
        if (first > 0 && RELATIVE_ADVERBS.contains(word(sentence.get(first - 1)))) {
            first--; // "later that year"
        }
        AnalyzedToken start = sentence.get(first);
        return new NerMention(start.start(), mention.end(), mention.text(), "DATE", mention.confidence(),
                mention.normalized(), mention.sentenceIndex(), first, mention.lastTokenExclusive());
    }

    private static String word(AnalyzedToken token) {
        return token.word().toLowerCase(Locale.ROOT);
    }
}
