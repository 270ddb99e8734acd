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
     * The next stretch of a run's documents, before they are suggested one by one: an engine that
     * works better in batches (one over HTTP) can fetch them together. Most engines need nothing.
     */
    default void prepare(List<DocumentText> documents) {
    }

    /** Whether {@link #prepare} does anything: only then does a run read the texts ahead for it. */
    default boolean prepares() {
        return false;
    }

    /**
     * Whether this engine reads CoreNLP's tokens and NER. Engines that only match text say no, so a
     * run with only such engines never loads the models.
     */
    default boolean needsLinguisticAnalysis() {
        return true;
    }
}
