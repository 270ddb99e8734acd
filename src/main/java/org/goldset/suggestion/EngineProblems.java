package org.goldset.suggestion;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What went wrong with engines during the current run, per engine: how many documents it could not
 * serve and the latest reason, for the run's progress message and its report. Thread-safe: the
 * run's threads report as they go.
 */
@Component
public class EngineProblems {

    private final Map<String, Problem> byEngine = new LinkedHashMap<>();

    private record Problem(int documents, String reason) {
    }

    synchronized void clear() {
        byEngine.clear();
    }

    synchronized void failed(String engineId, String reason) {
        Problem before = byEngine.get(engineId);
        byEngine.put(engineId, new Problem(before == null ? 1 : before.documents() + 1, reason));
    }

    /** One line per engine that failed, e.g. "engine 'spacy' gave nothing for 3 document(s): timed out". */
    public synchronized List<String> describe() {
        List<String> lines = new ArrayList<>();
        byEngine.forEach((engine, problem) -> lines.add("engine '" + engine + "' gave nothing for " + problem.documents()
                + " document(s), its earlier suggestions kept: " + problem.reason()));
        return lines;
    }
}
