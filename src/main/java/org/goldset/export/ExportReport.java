package org.goldset.export;

/** How much an export wrote. */
public record ExportReport(long documents, long entities, long events) {

    public String summary() {
        return documents + " document(s), " + entities + " entities, " + events + " events";
    }
}
