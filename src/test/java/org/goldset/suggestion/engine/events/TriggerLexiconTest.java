package org.goldset.suggestion.engine.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.goldset.nlp.CoreNlpAnalyzer;
import org.goldset.nlp.DocumentAnalysis;
import org.goldset.schema.AnnotationSchema;
import org.goldset.schema.EventType;
import org.goldset.schema.SchemaLoader;
import org.junit.jupiter.api.Test;

class TriggerLexiconTest {

    private final AnnotationSchema schema = SchemaLoader.loadDefault();

    @Test
    void the_built_in_lexicon_covers_all_ten_event_types_of_the_schema() {
        TriggerLexicon lexicon = TriggerLexicon.loadDefault(schema);
        assertThat(lexicon.eventTypes())
                .containsExactlyInAnyOrderElementsOf(schema.eventTypes().stream().map(EventType::name).toList());
    }

    @Test
    void multi_word_triggers_come_before_single_lemmas_and_parts_of_speech_are_kept() {
        TriggerLexicon lexicon = TriggerLexicon.loadDefault(schema);
        assertThat(lexicon.startingWith("drone").getFirst().lemmas()).containsExactly("drone", "strike");
        assertThat(lexicon.startingWith("Sanction")).extracting(TriggerLexicon.Trigger::eventType).containsOnly("SANCTION");
        TriggerLexicon.Trigger killVerb = lexicon.startingWith("kill").stream()
                .filter(t -> t.pos() == TriggerLexicon.PartOfSpeech.VERB).findFirst().orElseThrow();
        assertThat(killVerb.acceptsTag("VBD")).isTrue();
        assertThat(killVerb.acceptsTag("NN")).isFalse();
        assertThat(killVerb.cameo()).isEqualTo("186");
    }

    /**
     * Entries this test sentence reads otherwise than news text does: "the shelling" as the gerund of
     * "shell", "will wound" as "will wind" ("were wounded" gives "wound").
     */
    private static final java.util.Set<List<String>> READ_OTHERWISE_HERE = java.util.Set.of(
            List.of("shelling"), List.of("stabbing"), List.of("wound"));

    /**
     * Triggers match lemmas, so an entry written as an inflected form ("talks", "negotiations")
     * would never match anything. CoreNLP's own lemmatizer, on the word in a sentence, must give the
     * entry back.
     */
    @Test
    void every_entry_is_written_as_the_lemmas_corenlp_gives() {
        List<TriggerLexicon.Trigger> triggers = TriggerLexicon.loadDefault(schema).triggers();
        StringBuilder text = new StringBuilder();
        for (TriggerLexicon.Trigger trigger : triggers) {
            String phrase = String.join(" ", trigger.lemmas());
            text.append(trigger.pos() == TriggerLexicon.PartOfSpeech.VERB ? "They will " + phrase + " it."
                    : "The " + phrase + " was reported.").append('\n');
        }
        DocumentAnalysis analysis = new CoreNlpAnalyzer().analyze(1, text.toString(), LocalDate.of(2026, 1, 1), false);
        List<String> notLemmas = new ArrayList<>();
        for (int i = 0; i < triggers.size(); i++) {
            List<String> expected = triggers.get(i).lemmas();
            List<String> lemmas = analysis.sentences().get(i).tokens().stream()
                    .map(token -> token.lemma().toLowerCase(Locale.ROOT)).toList();
            if (java.util.Collections.indexOfSubList(lemmas, expected) < 0 && !READ_OTHERWISE_HERE.contains(expected)) {
                notLemmas.add(String.join(" ", expected) + " → " + lemmas);
            }
        }
        assertThat(notLemmas).as("entries that are not lemmas").isEmpty();
    }

    @Test
    void unknown_types_foreign_cameo_codes_and_bad_lines_are_refused_with_their_line() {
        assertThatThrownBy(() -> TriggerLexicon.load("# header\nBOMBING\t190\tbomb\tverb\n", schema, "t.tsv"))
                .hasMessageContaining("t.tsv line 2").hasMessageContaining("unknown event type BOMBING");
        assertThatThrownBy(() -> TriggerLexicon.load("KILL\t163\tkill\tverb\n", schema, "t.tsv"))
                .hasMessageContaining("CAMEO code 163 is not one of KILL's");
        assertThatThrownBy(() -> TriggerLexicon.load("KILL\t186\tkill\tadverb\n", schema, "t.tsv"))
                .hasMessageContaining("verb, noun or any");
        assertThatThrownBy(() -> TriggerLexicon.load("KILL\t186\tkill\n", schema, "t.tsv"))
                .hasMessageContaining("expected TYPE<TAB>CAMEO<TAB>trigger<TAB>pos");
    }
}
