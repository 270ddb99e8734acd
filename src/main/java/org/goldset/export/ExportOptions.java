package org.goldset.export;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.goldset.annotation.AnnotationStatus;
import org.goldset.corpus.DocumentStatus;

/**
 * What goes into an export. The default is the gold: DONE documents, ACCEPTED annotations, from the
 * gold layer (for documents not DONE, their shared layer of suggestions and imported annotations).
 * With {@code layer}, one analyst's layer instead; with {@code allLayers} (Goldset JSONL only), each
 * document's gold line followed by a line per analyst's layer, with its {@code annotator}. An event
 * argument is exported only when its own status and its entity's status are both included, so an
 * export never holds a reference to an entity it left out.
 */
public record ExportOptions(boolean allDocuments, boolean includePending, boolean includeRejected, String layer,
                            boolean allLayers) {

    public static final ExportOptions GOLD = new ExportOptions(false, false, false);

    public ExportOptions {
        if (allLayers && layer != null) {
            throw new IllegalArgumentException("--layer and --all-layers exclude each other");
        }
    }

    public ExportOptions(boolean allDocuments, boolean includePending, boolean includeRejected) {
        this(allDocuments, includePending, includeRejected, null, false);
    }

    public ExportOptions(boolean allDocuments, boolean includePending, boolean includeRejected, String layer) {
        this(allDocuments, includePending, includeRejected, layer, false);
    }

    public List<DocumentStatus> documentStatuses() {
        return allDocuments ? List.of(DocumentStatus.values()) : List.of(DocumentStatus.DONE);
    }

    public Set<AnnotationStatus> annotationStatuses() {
        Set<AnnotationStatus> statuses = EnumSet.of(AnnotationStatus.ACCEPTED);
        if (includePending) {
            statuses.add(AnnotationStatus.PENDING);
        }
        if (includeRejected) {
            statuses.add(AnnotationStatus.REJECTED);
        }
        return statuses;
    }
}
