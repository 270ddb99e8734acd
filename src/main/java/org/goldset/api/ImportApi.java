package org.goldset.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jakarta.servlet.http.HttpServletRequest;
import org.goldset.format.FormatRegistry;
import org.goldset.format.GoldFormat;
import org.goldset.format.ImportProblem;
import org.goldset.importing.CorpusImporter;
import org.goldset.importing.ImportReport;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/v1/documents}: import, by a curator, as the {@code import} command does — files
 * uploaded as multipart parts named {@code file} (any importable format: .txt, .jsonl, brat .zip,
 * doccano, Label Studio, spaCy), or a JSON Lines body. Each file is all or nothing; the answer lists
 * what went in and every problem by file and line. Uploads are written to a private temporary
 * folder under their own base name only (a name cannot escape it) and removed afterwards.
 */
@RestController
@RequestMapping(path = "/api/v1/documents", produces = MediaType.APPLICATION_JSON_VALUE)
class ImportApi {

    /** The largest JSON Lines body; multipart uploads are capped by spring.servlet.multipart.*. */
    static final long MOST_BODY_BYTES = 200L * 1024 * 1024;

    private final CorpusImporter importer;
    private final FormatRegistry formats;

    ImportApi(CorpusImporter importer, FormatRegistry formats) {
        this.importer = importer;
        this.formats = formats;
    }

    @PreAuthorize("hasRole('CURATOR')")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Map<String, Object>> upload(@RequestPart("file") List<MultipartFile> files,
                                               @RequestParam(required = false) String format) throws IOException {
        GoldFormat chosen = format(format);
        Path folder = Files.createTempDirectory("goldset-upload-");
        try {
            List<Path> paths = new ArrayList<>();
            for (MultipartFile file : files) {
                // Each upload in its own folder, so two files of the same name stay two.
                Path target = Files.createDirectory(folder.resolve(String.valueOf(paths.size())))
                        .resolve(safeName(file.getOriginalFilename()));
                file.transferTo(target);
                paths.add(target);
            }
            return answer(folder, importer.importPaths(paths, chosen, null, CorpusImporter.ImportProgress.NONE));
        } finally {
            FileSystemUtils.deleteRecursively(folder);
        }
    }

    @PreAuthorize("hasRole('CURATOR')")
    @PostMapping(consumes = {"application/x-ndjson", "application/jsonl", "application/json-lines"})
    ResponseEntity<Map<String, Object>> lines(HttpServletRequest request) throws IOException {
        Path folder = Files.createTempDirectory("goldset-upload-");
        try {
            Path body = Files.createDirectory(folder.resolve("0")).resolve("body.jsonl");
            try (InputStream in = request.getInputStream(); OutputStream out = Files.newOutputStream(body)) {
                byte[] buffer = new byte[1 << 16];
                long total = 0;
                for (int read; (read = in.read(buffer)) > 0; ) {
                    total += read;
                    if (total > MOST_BODY_BYTES) {
                        throw new ApiException(HttpStatus.CONTENT_TOO_LARGE, "the body is larger than "
                                + MOST_BODY_BYTES / (1024 * 1024) + " MB: split it, or upload files");
                    }
                    out.write(buffer, 0, read);
                }
            }
            return answer(folder, importer.importPaths(List.of(body), formats.get("jsonl"), null,
                    CorpusImporter.ImportProgress.NONE));
        } finally {
            FileSystemUtils.deleteRecursively(folder);
        }
    }

    private GoldFormat format(String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        return formats.readable().stream().filter(format -> format.id().equals(id)).findFirst()
                .orElseThrow(() -> new ApiException(HttpStatus.BAD_REQUEST, "unknown format \"" + id + "\"; Goldset reads "
                        + String.join(", ", FormatRegistry.ids(formats.readable()))));
    }

    /** 200 when everything went in; 422 when a file was refused (the rest went in, as the report says). */
    private static ResponseEntity<Map<String, Object>> answer(Path folder, ImportReport report) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("files_read", report.filesRead());
        body.put("documents_imported", report.documentsImported());
        body.put("entities_imported", report.entitiesImported());
        body.put("events_imported", report.eventsImported());
        body.put("duplicates_skipped", report.duplicates());
        List<Map<String, Object>> problems = new ArrayList<>();
        for (ImportProblem problem : report.problems()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("file", problem.file() == null ? null : shown(folder, problem.file()));
            entry.put("line", problem.line());
            entry.put("message", problem.message());
            problems.add(entry);
        }
        body.put("problems", problems);
        body.put("summary", report.summary());
        return ResponseEntity.status(report.hasProblems() ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.OK).body(body);
    }

    /** The file as the client named it: never the server's temporary path. */
    private static String shown(Path folder, Path file) {
        if (!file.startsWith(folder)) {
            return String.valueOf(file.getFileName());
        }
        Path inside = folder.relativize(file);
        return inside.getNameCount() > 1 ? inside.subpath(1, inside.getNameCount()).toString() : inside.toString();
    }

    /** The upload's base name, with anything but letters, digits, '.', '-' and '_' replaced. */
    static String safeName(String original) {
        String base = original == null ? "" : original.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^\\p{L}\\p{N}._-]", "_");
        return base.isEmpty() || base.startsWith(".") ? "upload" + base : base;
    }
}
