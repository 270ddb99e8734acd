package org.goldset.suggestion.engine.events;

import org.goldset.annotation.TriggerMemory;
import org.goldset.schema.AnnotationSchema;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The event engine with the built-in trigger lexicon, checked against the schema at start-up, and
 * the triggers analysts taught.
 */
@Configuration
class EventEngineConfiguration {

    @Bean
    EventEngine eventEngine(AnnotationSchema schema, TriggerMemory memory) {
        return new EventEngine(TriggerLexicon.loadDefault(schema), schema, new LearnedTriggers(memory::current, schema));
    }
}
