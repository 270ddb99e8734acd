package org.goldset.export.format;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The formats Goldset exports, by the stable name used on the command line and in the web app. */
public enum ExportFormat {
    JSONL("jsonl", "jsonl", "application/x-ndjson", "Goldset JSONL (everything)"),
    BRAT("brat", "zip", "application/zip", "brat standoff (.txt + .ann + annotation.conf, zipped)"),
    CONLL("conll", "conll", "text/plain; charset=utf-8", "CoNLL-2003 BIO (entities only)"),
    SPACY("spacy", "jsonl", "application/x-ndjson", "spaCy / Prodigy JSONL"),
    DOCCANO("doccano", "jsonl", "application/x-ndjson", "doccano JSONL (entities + relations)"),
    LABELSTUDIO("labelstudio", "json", "application/json", "Label Studio JSON tasks"),
    DYGIEPP("dygiepp", "jsonl", "application/x-ndjson", "DyGIE++ JSON (sentences, ner, events)");

    private final String id;
    private final String extension;
    private final String mediaType;
    private final String description;

    ExportFormat(String id, String extension, String mediaType, String description) {
        this.id = id;
        this.extension = extension;
        this.mediaType = mediaType;
        this.description = description;
    }

    public String id() {
        return id;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String description() {
        return description;
    }

    /** A file name for an export in this format, e.g. {@code goldset-brat.zip}. */
    public String fileName(String stem) {
        return stem + "-" + id + "." + extension;
    }

    public static Optional<ExportFormat> byId(String id) {
        String wanted = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(format -> format.id.equals(wanted)).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(ExportFormat::id).toList();
    }
}
