package org.goldset.suggestion.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.goldset.base.GoldsetProperties;
import org.springframework.stereotype.Component;

/**
 * All engines known to this build, and the ones in use. {@code goldset.suggestion.engines} lists
 * the enabled entity engines in priority order (first wins when engines disagree on a label);
 * {@code goldset.suggestion.event-engines} the enabled event engines (empty: no events). Entity and
 * event engines share one space of ids, since both are stored as the origin of what they suggest.
 * Unknown ids are a start-up error, so a typo cannot silently switch an engine off.
 */
@Component
public class EngineRegistry {

    private final List<SuggestionEngine> entityEngines;
    private final List<EventSuggestionEngine> eventEngines;
    private final List<SuggestionEngine> enabled;
    private final List<EventSuggestionEngine> enabledEventEngines;

    EngineRegistry(List<SuggestionEngine> builtIn, List<EventSuggestionEngine> builtInEvents,
                   GoldsetProperties properties, org.goldset.suggestion.engine.http.HttpEngines http) {
        List<SuggestionEngine> entities = new ArrayList<>(builtIn);
        entities.addAll(http.engines());
        this.entityEngines = List.copyOf(entities);
        List<EventSuggestionEngine> events = new ArrayList<>(builtInEvents);
        events.addAll(http.eventEngines());
        this.eventEngines = List.copyOf(events);
        Map<String, Object> ids = new LinkedHashMap<>();
        entityEngines.forEach(engine -> register(ids, engine.id(), engine));
        // A backend's event side is registered with its entity side: one backend, one id, one origin.
        builtInEvents.forEach(engine -> register(ids, engine.id(), engine));
        this.enabled = enable(properties.suggestion().engines(), entityEngines, SuggestionEngine::id,
                "goldset.suggestion.engines");
        this.enabledEventEngines = enable(properties.suggestion().eventEngines(), eventEngines,
                EventSuggestionEngine::id, "goldset.suggestion.event-engines");
    }

    private static void register(Map<String, Object> ids, String id, Object engine) {
        if (ids.put(id, engine) != null) {
            throw new IllegalStateException("two suggestion engines share the id " + id);
        }
    }

    private static <E> List<E> enable(List<String> wanted, List<E> known, Function<E, String> idOf, String setting) {
        List<E> chosen = new ArrayList<>();
        for (String id : wanted) {
            String trimmed = id.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            E engine = known.stream().filter(candidate -> idOf.apply(candidate).equals(trimmed)).findFirst()
                    .orElseThrow(() -> new IllegalStateException(setting + " names unknown engine '" + trimmed
                            + "'; known engines: " + String.join(", ", known.stream().map(idOf).toList())));
            chosen.add(engine);
        }
        return List.copyOf(chosen);
    }

    /** Enabled entity engines, highest priority first. */
    public List<SuggestionEngine> enabledEngines() {
        return enabled;
    }

    public List<SuggestionEngine> allEngines() {
        return entityEngines;
    }

    public List<EventSuggestionEngine> enabledEventEngines() {
        return enabledEventEngines;
    }

    public List<EventSuggestionEngine> allEventEngines() {
        return eventEngines;
    }

    public int priorityOf(String engineId) {
        for (int i = 0; i < enabled.size(); i++) {
            if (enabled.get(i).id().equals(engineId)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }
}
