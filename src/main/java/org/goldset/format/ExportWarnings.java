package org.goldset.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What an export could not express in its format (or had to adapt), counted by reason. */
public final class ExportWarnings {

    private final Map<String, Long> counts = new LinkedHashMap<>();

    public void add(String reason) {
        counts.merge(reason, 1L, Long::sum);
    }

    public long count(String reason) {
        return counts.getOrDefault(reason, 0L);
    }

    public boolean isEmpty() {
        return counts.isEmpty();
    }

    /** One line per reason, e.g. "2 × event (CoNLL has no events; dropped)". */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        counts.forEach((reason, count) -> lines.add(count + " × " + reason));
        return lines;
    }
}
