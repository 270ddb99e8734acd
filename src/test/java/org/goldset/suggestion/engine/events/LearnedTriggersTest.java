package org.goldset.suggestion.engine.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.goldset.annotation.DecisionMemory;
import org.goldset.annotation.TriggerMemory;
import org.goldset.nlp.CoreNlpAnalyzer;
import org.goldset.nlp.DocumentAnalysis;
import org.goldset.schema.AnnotationSchema;
import org.goldset.schema.SchemaLoader;
import org.goldset.suggestion.engine.KnownEntity;
import org.goldset.text.TextOffsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** What analysts' decisions on events teach the event engine, on a real CoreNLP parse. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LearnedTriggersTest {

    private static final String TEXT = """
            Moscow is propping up the junta. The army kept the pressure on the rebels.
            The navy shelled the port. The militia shelled the town.
            """;

    private final AnnotationSchema schema = SchemaLoader.loadDefault();
    private final TriggerLexicon lexicon = TriggerLexicon.loadDefault(schema);
    private DocumentAnalysis analysis;

    @BeforeAll
    void analyse() {
        analysis = new CoreNlpAnalyzer().analyze(1, TEXT, LocalDate.of(2024, 5, 7), true);
    }

    @Test
    void a_phrase_accepted_once_and_a_word_accepted_twice_are_suggested_elsewhere_a_word_accepted_once_is_not() {
        TriggerMemory.Snapshot taught = new TriggerMemory.Snapshot(7, Map.of(
                "propping up", Map.of("SUPPORT", 1),
                "kept", Map.of("ATTACK", 1)), Map.of());
        assertThat(triggers(taught)).contains("propping up/SUPPORT").doesNotContain("kept/ATTACK");

        TriggerMemory.Snapshot twice = new TriggerMemory.Snapshot(8, Map.of("kept", Map.of("ATTACK", 2)), Map.of());
        assertThat(triggers(twice)).contains("kept/ATTACK");
        assertThat(triggers(new TriggerMemory.Snapshot(0, Map.of(), Map.of()))).doesNotContain("propping up/SUPPORT");
    }

    @Test
    void a_lexicon_word_stops_only_after_three_rejections_and_no_accept() {
        var once = new TriggerMemory.Snapshot(9, Map.of(), Map.of(new DecisionMemory.TextLabel("shelled", "ATTACK"), 1));
        assertThat(triggers(once)).containsSubsequence("shelled/ATTACK", "shelled/ATTACK");
        var thrice = new TriggerMemory.Snapshot(10, Map.of(), Map.of(new DecisionMemory.TextLabel("shelled", "ATTACK"), 3));
        assertThat(triggers(thrice)).doesNotContain("shelled/ATTACK");
        var acceptedToo = new TriggerMemory.Snapshot(11, Map.of("shelled", Map.of("ATTACK", 1)),
                Map.of(new DecisionMemory.TextLabel("shelled", "ATTACK"), 3));
        assertThat(triggers(acceptedToo)).contains("shelled/ATTACK");
    }

    private List<String> triggers(TriggerMemory.Snapshot snapshot) {
        EventEngine engine = new EventEngine(lexicon, schema, new LearnedTriggers(() -> snapshot, schema));
        TextOffsets offsets = analysis.text();
        return engine.suggest(analysis, List.<KnownEntity>of()).stream()
                .map(event -> offsets.slice(event.trigger().start(), event.trigger().end()) + "/" + event.type())
                .toList();
    }
}
