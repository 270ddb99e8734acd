package org.goldset.suggestion.engine;

import java.util.List;
import org.goldset.nlp.DocumentAnalysis;

/**
 * A source of entity suggestions. Implementations are Spring beans; {@link EngineRegistry} collects
 * them. The id is a literal that never changes (it is stored with every suggestion, so a class can
 * be renamed without orphaning data); the version changes whenever the engine would suggest
 * differently, which makes its older pending suggestions stale.
 */
public interface SuggestionEngine {

    String id();

    String version();

    List<EntitySuggestion> suggest(DocumentAnalysis analysis);

    /**
     * Whether this engine reads CoreNLP's tokens and NER. Engines that only match text say no, so a
     * run with only such engines never loads the models.
     */
    default boolean needsLinguisticAnalysis() {
        return true;
    }
}
