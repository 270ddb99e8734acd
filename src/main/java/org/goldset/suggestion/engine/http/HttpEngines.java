package org.goldset.suggestion.engine.http;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.goldset.schema.AnnotationSchema;
import org.goldset.schema.EntityType;
import org.goldset.schema.EventType;
import org.goldset.suggestion.engine.EventSuggestionEngine;
import org.goldset.suggestion.engine.SuggestionEngine;
import org.springframework.stereotype.Component;

/** The engines configured under {@code goldset.http-engines}, checked at start-up. */
@Component
public class HttpEngines {

    private final List<SuggestionEngine> engines;
    private final List<EventSuggestionEngine> eventEngines;

    public HttpEngines(HttpEngineSettings settings, AnnotationSchema schema) {
        Set<String> labels = schema.entityTypes().stream().map(EntityType::name).collect(Collectors.toSet());
        Set<String> ids = new HashSet<>();
        for (HttpEngineSettings.Engine engine : settings.httpEngines()) {
            if (engine.id() == null || engine.id().isBlank() || engine.url() == null) {
                throw new IllegalStateException("goldset.http-engines: every engine needs an id and a url");
            }
            if (!"http".equals(engine.url().getScheme()) && !"https".equals(engine.url().getScheme())) {
                throw new IllegalStateException("goldset.http-engines: " + engine.id() + "'s url must be http or https");
            }
            if (!ids.add(engine.id())) {
                throw new IllegalStateException("goldset.http-engines: two engines are called " + engine.id());
            }
            engine.labels().forEach((theirs, ours) -> {
                if (!labels.contains(ours) && schema.eventType(ours).isEmpty()) {
                    throw new IllegalStateException("goldset.http-engines: " + engine.id() + " maps " + theirs
                            + " onto " + ours + ", which the schema does not have");
                }
            });
        }
        Set<String> events = schema.eventTypes().stream().map(EventType::name).collect(Collectors.toSet());
        List<HttpEngine> made = settings.httpEngines().stream().map(engine -> new HttpEngine(engine, labels, events))
                .toList();
        this.engines = List.copyOf(made);
        this.eventEngines = made.stream().map(engine -> (EventSuggestionEngine) new HttpEventEngine(engine, schema))
                .toList();
    }

    /** The entity side of each configured backend. */
    public List<SuggestionEngine> engines() {
        return engines;
    }

    /** The event side of each configured backend, under the same id (enabled in goldset.suggestion.event-engines). */
    public List<EventSuggestionEngine> eventEngines() {
        return eventEngines;
    }
}
