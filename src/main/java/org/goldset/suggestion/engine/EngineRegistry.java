package org.goldset.suggestion.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.goldset.base.GoldsetProperties;

/**
 * All engines known to this build, and the ones in use: {@code goldset.suggestion.engines} lists
 * the enabled engine ids in priority order (first wins when engines disagree on a label). Unknown
 * ids are a start-up error, so a typo cannot silently switch an engine off.
 */
@Component
public class EngineRegistry {

    private final Map<String, SuggestionEngine> all = new LinkedHashMap<>();
    private final List<SuggestionEngine> enabled = new ArrayList<>();

    EngineRegistry(List<SuggestionEngine> engines, GoldsetProperties properties) {
        List<String> enabledIds = properties.suggestion().engines();
        for (SuggestionEngine engine : engines) {
            if (all.put(engine.id(), engine) != null) {
                throw new IllegalStateException("two suggestion engines share the id " + engine.id());
            }
        }
        for (String id : enabledIds) {
            String trimmed = id.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            SuggestionEngine engine = all.get(trimmed);
            if (engine == null) {
                throw new IllegalStateException("goldset.suggestion.engines names unknown engine '" + trimmed
                        + "'; known engines: " + String.join(", ", all.keySet()));
            }
            enabled.add(engine);
        }
    }

    /** Enabled engines, highest priority first. */
    public List<SuggestionEngine> enabledEngines() {
        return List.copyOf(enabled);
    }

    public List<SuggestionEngine> allEngines() {
        return List.copyOf(all.values());
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
