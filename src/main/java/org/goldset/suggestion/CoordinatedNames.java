package org.goldset.suggestion;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.goldset.text.TextOffsets;

/**
 * Two names joined by "and" are two mentions: CoreNLP sometimes tags "Palestinian Islamic Jihad and
 * Popular Front for the Liberation of Palestine" as one organisation. When a list engine names the
 * front of such a CoreNLP mention up to the "and" (or a comma), the mention is cut to what follows;
 * the list's name wins the front. Names that hold an "and" of their own ("Cybersecurity and
 * Infrastructure Security Agency", "Bosnia and Herzegovina") have no listed name before it and stay.
 */
final class CoordinatedNames {

    private static final String CUT_ENGINE = "corenlp-ner";
    private static final Set<String> LIST_LABELS = Set.of("ORGANIZATION", "GPE", "PERSON", "NORP", "LOCATION");
    private static final Pattern JOINER = Pattern.compile("^(?:,? and |, )(?=\\p{Lu})");

    private CoordinatedNames() {
    }

    static List<SuggestionMerger.RankedProposal> split(List<SuggestionMerger.RankedProposal> proposals,
                                                       TextOffsets offsets) {
        return FrontNames.cut(proposals,
                front -> LIST_LABELS.contains(front.label()) && !front.engine().equals(CUT_ENGINE), (proposal, frontEnd) -> {
            if (!proposal.engine().equals(CUT_ENGINE)) {
                return -1;
            }
            Matcher joiner = JOINER.matcher(offsets.slice(frontEnd, proposal.span().end()));
            return joiner.find() ? frontEnd + joiner.end() : -1;
        });
    }
}
