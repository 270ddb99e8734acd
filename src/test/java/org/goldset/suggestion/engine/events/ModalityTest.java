package org.goldset.suggestion.engine.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.goldset.nlp.AnalyzedSentence;
import org.goldset.nlp.CoreNlpAnalyzer;
import org.goldset.nlp.DocumentAnalysis;
import org.junit.jupiter.api.Test;

/**
 * Modality on real CoreNLP parses: each sentence marks its trigger in brackets and says what it
 * should be. Every sentence is checked and all wrong ones are reported together.
 */
class ModalityTest {

    private static final List<String[]> CASES = List.of(
            new String[] {"The rebels [attacked] the town.", "asserted"},
            new String[] {"The United States imposed [sanctions] on Iran.", "asserted"},
            new String[] {"No one was [killed] in the attack.", "negated"},
            new String[] {"Hezbollah could [attack] Israel.", "hypothetical"},
            new String[] {"Iran will [retaliate] against Israel.", "planned"},
            // Infinitives: what governs them says whether they happened.
            new String[] {"The militia vowed to [strike] the base.", "planned"},
            new String[] {"Troops were sent to the border to [attack] the rebels.", "planned"},
            new String[] {"Police foiled a plot to [bomb] the embassy.", "planned"},
            new String[] {"The rebels managed to [capture] the airport.", "asserted"},
            new String[] {"The gunmen used rifles to [kill] the guards.", "asserted"},
            new String[] {"The army continued to [shell] the city on Monday.", "asserted"},
            new String[] {"The army failed to [capture] the city.", "negated"},
            new String[] {"Officials urged the army not to [attack] the town.", "hypothetical"},
            new String[] {"It is time to [strike] the bank.", "hypothetical"},
            // Commands, proposals and modal clauses around a nominal event.
            new String[] {"Don't [attack] us.", "hypothetical"},
            new String[] {"Why don't we [strike] them?", "hypothetical"},
            new String[] {"A [war] with Iran would be a disaster.", "hypothetical"},
            new String[] {"The decision could trigger new [protests].", "hypothetical"},
            new String[] {"Protesters demanded new [sanctions] on the regime.", "hypothetical"},
            new String[] {"The minister called for [talks] with the rebels.", "hypothetical"},
            new String[] {"Moscow offered military [support] to the junta.", "planned"},
            new String[] {"The envoy warned of impending [sanctions].", "planned"},
            new String[] {"The militia vowed more strikes unless Washington [withdrew] its troops.", "hypothetical"});

    @Test
    void each_trigger_gets_the_modality_its_sentence_gives_it() {
        CoreNlpAnalyzer analyzer = new CoreNlpAnalyzer();
        List<String> wrong = new ArrayList<>();
        for (String[] example : CASES) {
            String marked = example[0];
            int start = marked.indexOf('[');
            String text = marked.replace("[", "").replace("]", "");
            DocumentAnalysis analysis = analyzer.analyze(1, text, null, true);
            AnalyzedSentence sentence = analysis.sentences().get(0);
            int head = -1;
            for (int i = 0; i < sentence.tokens().size(); i++) {
                if (sentence.tokens().get(i).start() == start) {
                    head = i;
                }
            }
            assertThat(head).as("token at the bracket in %s", marked).isNotNegative();
            String modality = Modality.of(sentence, head);
            if (!modality.equals(example[1])) {
                wrong.add(marked + " → " + modality + ", expected " + example[1]);
            }
        }
        assertThat(wrong).isEmpty();
    }
}
