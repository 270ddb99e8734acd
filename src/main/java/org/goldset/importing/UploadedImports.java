package org.goldset.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.goldset.format.FormatRegistry;
import org.goldset.format.GoldFormat;
import org.goldset.format.ImportProblem;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.util.FileSystemUtils;

/**
 * Imports files that came over the network (the import dialog, the REST API), by a curator: each is
 * copied into its own folder of a private temporary folder under its base name only, with anything
 * but letters, digits, '.', '-' and '_' replaced, so no name can reach outside; then imported as the
 * {@code import} command imports (each file all or nothing, zips checked before anything is
 * stored); then removed. Problems name the files as the client named them, never a server path.
 */
@Service
public class UploadedImports {

    private final CorpusImporter importer;
    private final FormatRegistry formats;

    UploadedImports(CorpusImporter importer, FormatRegistry formats) {
        this.importer = importer;
        this.formats = formats;
    }

    /** The file name endings Goldset imports (".txt", ".jsonl", ".zip", …), for a file chooser. */
    public List<String> acceptedEndings() {
        return formats.readable().stream().flatMap(format -> format.extensions().stream()).distinct()
                .map(extension -> "." + extension).toList();
    }

    /** One file as it arrived: the name the client gave it, and its content. */
    public interface Upload {

        String name();

        InputStream open() throws IOException;
    }

    /** What the import did, with its problems' files named as the client named them. */
    public record Result(ImportReport report, List<ImportProblem> problems) {
    }

    @PreAuthorize("hasRole('CURATOR')")
    public Result importUploads(List<? extends Upload> uploads, GoldFormat format, CorpusImporter.ImportProgress progress) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("goldset-upload-");
            List<Path> paths = new ArrayList<>();
            for (Upload upload : uploads) {
                // Each upload in its own folder, so two files of the same name stay two.
                Path target = Files.createDirectory(folder.resolve(String.valueOf(paths.size())))
                        .resolve(safeName(upload.name()));
                try (InputStream in = upload.open()) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
                paths.add(target);
            }
            ImportReport report = importer.importPaths(paths, format, null, progress);
            Path root = folder;
            List<ImportProblem> problems = report.problems().stream().map(problem -> new ImportProblem(
                    problem.file() == null ? null : shown(root, problem.file()), problem.line(), problem.message()))
                    .toList();
            return new Result(report, problems);
        } catch (IOException e) {
            throw new UncheckedIOException("could not stage the uploaded files: " + e.getMessage(), e);
        } finally {
            if (folder != null) {
                try {
                    FileSystemUtils.deleteRecursively(folder);
                } catch (IOException e) {
                    // a leftover temporary folder is the system's to clean; the import itself is done
                }
            }
        }
    }

    /** The path as the client named it: the part under its upload's own folder. */
    private static Path shown(Path folder, Path file) {
        if (!file.startsWith(folder)) {
            return file.getFileName();
        }
        Path inside = folder.relativize(file);
        return inside.getNameCount() > 1 ? inside.subpath(1, inside.getNameCount()) : inside;
    }

    /** The upload's base name, with anything but letters, digits, '.', '-' and '_' replaced. */
    static String safeName(String original) {
        String base = original == null ? "" : original.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^\\p{L}\\p{N}._-]", "_");
        return base.isEmpty() || base.startsWith(".") ? "upload" + base : base;
    }
}
