package org.goldset.suggestion.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.goldset.base.GoldsetProperties;
import org.goldset.schema.AnnotationSchema;
import org.goldset.schema.SchemaLoader;
import org.goldset.suggestion.engine.events.EventEngine;
import org.goldset.suggestion.engine.events.TriggerLexicon;
import org.junit.jupiter.api.Test;

/** Event engines are enabled by id like entity engines, and a typo stops the start. */
class EngineRegistryTest {

    private static final AnnotationSchema SCHEMA = SchemaLoader.loadDefault();
    private static final EventEngine EVENTS = new EventEngine(TriggerLexicon.loadDefault(SCHEMA), SCHEMA);

    private static EngineRegistry registry(List<String> eventEngines) {
        GoldsetProperties properties = new GoldsetProperties("db", "", "", new GoldsetProperties.Seeds(false, Path.of("seeds")),
                new GoldsetProperties.Suggestion(List.of(), eventEngines, 1, false),
                new GoldsetProperties.CoreNlp(List.of(), java.time.Duration.ofSeconds(120)), null, null, null, null, null, null);
        return new EngineRegistry(List.of(), List.of(EVENTS), properties, new org.goldset.suggestion.engine.http.HttpEngines(
                new org.goldset.suggestion.engine.http.HttpEngineSettings(List.of()), org.goldset.schema.SchemaLoader.loadDefault()));
    }

    @Test
    void the_event_engines_named_in_the_settings_are_the_ones_in_use() {
        assertThat(registry(List.of("events")).enabledEventEngines()).containsExactly(EVENTS);
        assertThat(registry(List.of()).enabledEventEngines()).isEmpty();
        assertThat(registry(List.of()).allEventEngines()).extracting(EventSuggestionEngine::id).containsExactly("events");
    }

    @Test
    void an_unknown_event_engine_is_a_start_up_error_naming_the_known_ones() {
        assertThatThrownBy(() -> registry(List.of("event")))
                .hasMessageContaining("goldset.suggestion.event-engines names unknown engine 'event'")
                .hasMessageContaining("known engines: events");
    }
}
