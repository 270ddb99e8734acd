package org.goldset.api;

import java.io.IOException;
import jakarta.servlet.http.HttpServletResponse;
import org.goldset.export.ExportOptions;
import org.goldset.export.GoldExporter;
import org.goldset.format.FormatRegistry;
import org.goldset.format.GoldFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/export}: the dataset in any format Goldset writes, with the export command's
 * scope options, streamed as it is written (memory does not grow with the corpus; the export reads
 * one snapshot, so analysts keep working meanwhile). Curators only, as the export dialog.
 */
@RestController
class ExportApi {

    private final GoldExporter exporter;

    ExportApi(GoldExporter exporter) {
        this.exporter = exporter;
    }

    @PreAuthorize("hasRole('CURATOR')")
    @GetMapping("/api/v1/export")
    void export(@RequestParam(defaultValue = "jsonl") String format,
                @RequestParam(name = "all_documents", defaultValue = "false") boolean allDocuments,
                @RequestParam(name = "include_pending", defaultValue = "false") boolean includePending,
                @RequestParam(name = "include_rejected", defaultValue = "false") boolean includeRejected,
                @RequestParam(required = false) String layer,
                @RequestParam(name = "all_layers", defaultValue = "false") boolean allLayers,
                HttpServletResponse response) throws IOException {
        GoldFormat chosen = exporter.formats().stream().filter(candidate -> candidate.id().equals(format)).findFirst()
                .orElseThrow(() -> new ApiException(HttpStatus.BAD_REQUEST, "Goldset does not write \"" + format
                        + "\"; it writes " + String.join(", ", FormatRegistry.ids(exporter.formats()))));
        if (allLayers && (layer != null || !chosen.id().equals(exporter.nativeFormat().id()))) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "all_layers writes Goldset JSONL only, and not with layer");
        }
        ExportOptions options = new ExportOptions(allDocuments, includePending, includeRejected, layer, allLayers);
        response.setContentType(exporter.mediaType(chosen));
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(chosen.exportFileName("goldset")).build().toString());
        exporter.export(response.getOutputStream(), chosen, options, GoldExporter.ExportProgress.NONE);
        response.flushBuffer();
    }
}
