package org.goldset.suggestion.engine;

import java.util.List;
import org.goldset.nlp.DocumentAnalysis;

/**
 * A source of event suggestions, registered like entity engines: a Spring bean that
 * {@link EngineRegistry} collects and {@code goldset.suggestion.event-engines} enables. The id is a
 * literal stored with every suggested event; the version changes whenever the engine would suggest
 * differently. Events are found over the document's entities (decided and suggested), which their
 * arguments must point at; they need CoreNLP's parse.
 */
public interface EventSuggestionEngine {

    String id();

    String version();

    List<EventProposal> suggest(DocumentAnalysis analysis, List<KnownEntity> entities);
}
