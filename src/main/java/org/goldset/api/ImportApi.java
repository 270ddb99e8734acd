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
import org.goldset.importing.UploadedImports;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * what went in and every problem by file and line ({@link UploadedImports} stages the files).
 */
@RestController
@RequestMapping(path = "/api/v1/documents", produces = MediaType.APPLICATION_JSON_VALUE)
class ImportApi {

    /** The largest JSON Lines body; multipart uploads are capped by spring.servlet.multipart.*. */
    static final long MOST_BODY_BYTES = 200L * 1024 * 1024;

    private final UploadedImports uploads;
    private final FormatRegistry formats;

    ImportApi(UploadedImports uploads, FormatRegistry formats) {
        this.uploads = uploads;
        this.formats = formats;
    }

    private record Part(String name, MultipartFile file) implements UploadedImports.Upload {

        @Override
        public InputStream open() throws IOException {
            return file.getInputStream();
        }
    }

    private record Body(Path file) implements UploadedImports.Upload {

        @Override
        public String name() {
            return "body.jsonl";
        }

        @Override
        public InputStream open() throws IOException {
            return Files.newInputStream(file);
        }
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Map<String, Object>> upload(@RequestPart("file") List<MultipartFile> files,
                                               @RequestParam(required = false) String format) {
        GoldFormat chosen = format(format);
        List<Part> parts = files.stream().map(file -> new Part(file.getOriginalFilename(), file)).toList();
        return answer(uploads.importUploads(parts, chosen, CorpusImporter.ImportProgress.NONE));
    }

    @PostMapping(consumes = {"application/x-ndjson", "application/jsonl", "application/json-lines"})
    ResponseEntity<Map<String, Object>> lines(HttpServletRequest request) throws IOException {
        Path folder = Files.createTempDirectory("goldset-body-");
        try {
            Path body = folder.resolve("body.jsonl");
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
            return answer(uploads.importUploads(List.of(new Body(body)), formats.get("jsonl"),
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
    private static ResponseEntity<Map<String, Object>> answer(UploadedImports.Result result) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("files_read", result.report().filesRead());
        body.put("documents_imported", result.report().documentsImported());
        body.put("entities_imported", result.report().entitiesImported());
        body.put("events_imported", result.report().eventsImported());
        body.put("duplicates_skipped", result.report().duplicates());
        List<Map<String, Object>> problems = new ArrayList<>();
        for (ImportProblem problem : result.problems()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("file", problem.file() == null ? null : problem.file().toString());
            entry.put("line", problem.line());
            entry.put("message", problem.message());
            problems.add(entry);
        }
        body.put("problems", problems);
        body.put("summary", result.report().summary());
        return ResponseEntity.status(result.report().hasProblems() ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.OK)
                .body(body);
    }
}
