package org.goldset.suggestion.engine.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
