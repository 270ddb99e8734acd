package org.goldset.export;

import java.util.List;

/** How much an export wrote, and what its format could not express (one line per reason). */
public record ExportReport(long documents, long entities, long events, List<String> warnings) {

    public ExportReport {
        warnings = List.copyOf(warnings);
    }

    public String summary() {
        return documents + " document(s), " + entities + " entities, " + events + " events";
    }
}
