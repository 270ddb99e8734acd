package org.goldset.suggestion.engine.http;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Engines served over HTTP by a Label Studio ML backend ({@code goldset.http-engines[0].id=spacy},
 * {@code …url=http://127.0.0.1:9090}, {@code …labels.PER=PERSON}); each id is then enabled like any
 * engine, by listing it in {@code goldset.suggestion.engines}.
 */
@ConfigurationProperties("goldset")
public record HttpEngineSettings(@DefaultValue List<Engine> httpEngines) {

    /**
     * @param id      the engine's id, stored as the origin of its suggestions (with the model version)
     * @param url     the backend's base address: Goldset calls {@code url/predict}, {@code url/setup}
     * @param timeout how long one call may take before its documents go without this engine
     * @param batchSize how many articles go in one call (tasks of one {@code /predict} request)
     * @param labels  the backend's labels onto the schema's ({@code PER → PERSON}); a label the schema
     *                has needs no entry, any other label is dropped and counted
     */
    public record Engine(String id, URI url, @DefaultValue("30s") Duration timeout, @DefaultValue("8") int batchSize,
                         @DefaultValue Map<String, String> labels) {

        public Engine {
            if (batchSize < 1) {
                throw new IllegalArgumentException("goldset.http-engines: batch-size must be 1 or more");
            }
        }
    }
}
