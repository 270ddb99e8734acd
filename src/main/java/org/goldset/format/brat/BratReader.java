package org.goldset.format.brat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import java.util.zip.ZipFile;
import org.goldset.format.GoldFormatReader;
import org.goldset.format.ImportFileException;
import org.goldset.format.ImportProblem;
import org.goldset.format.InputLimits;
import org.goldset.format.StrictUtf8;
import org.goldset.gold.GoldDocument;
import org.goldset.gold.GoldJsonlParser;
import org.goldset.schema.AnnotationSchema;

/**
 * brat standoff from a zip or a folder: each {@code name.txt} with its {@code name.ann} (none: no
 * annotations) is a document whose id is {@code name}. Offsets count code points of the exact text.
 * {@code annotation.conf} is not needed: labels, types and roles are checked against Goldset's schema.
 */
final class BratReader implements GoldFormatReader {

    private final AnnotationSchema schema;
    private final GoldJsonlParser parser;

    BratReader(AnnotationSchema schema) {
        this.schema = schema;
        this.parser = new GoldJsonlParser(schema);
    }

    @Override
    public void read(Path source, InputLimits limits, List<ImportProblem> problems, DocumentSink sink) throws IOException {
        if (Files.isDirectory(source)) {
            readAll(BratFiles.folder(source, limits), problems, sink);
            return;
        }
        try (ZipFile zip = new ZipFile(source.toFile())) {
            readAll(BratFiles.zip(source, zip, limits), problems, sink);
        } catch (java.util.zip.ZipException e) {
            throw new ImportFileException(0, "not a zip file (" + e.getMessage() + "); brat imports a .zip or a folder");
        }
    }

    private void readAll(BratFiles files, List<ImportProblem> problems, DocumentSink sink) throws IOException {
        TreeMap<String, String[]> pairs = new TreeMap<>();
        for (String name : files.names()) {
            String lower = name.toLowerCase(java.util.Locale.ROOT);
            if (lower.endsWith(".txt") || lower.endsWith(".ann")) {
                String stem = name.substring(0, name.length() - 4);
                pairs.computeIfAbsent(stem, key -> new String[2])[lower.endsWith(".txt") ? 0 : 1] = name;
            }
        }
        for (String[] pair : pairs.values()) {
            if (problems.size() >= GoldFormatReader.MAX_PROBLEMS_REPORTED) {
                return;
            }
            if (pair[0] == null) {
                problems.add(new ImportProblem(files.pathOf(pair[1]), 0, "no .txt file beside this .ann file"));
                continue;
            }
            String text;
            try {
                text = StrictUtf8.decode(files.read(pair[0]));
            } catch (ImportFileException e) {
                problems.add(new ImportProblem(files.pathOf(pair[0]), e.line(), e.getMessage()));
                continue;
            }
            if (text.isEmpty()) {
                problems.add(new ImportProblem(files.pathOf(pair[0]), 0, "the text is empty"));
                continue;
            }
            String id = Path.of(pair[0]).getFileName().toString().replaceFirst("\\.[^.]*$", "");
            Path annFile = pair[1] == null ? files.pathOf(pair[0]) : files.pathOf(pair[1]);
            String ann = pair[1] == null ? "" : decodeAnn(files.read(pair[1]), annFile, problems);
            if (ann == null) {
                continue;
            }
            GoldDocument document = new BratDocument(schema, annFile, id, text).read(ann, problems, parser);
            if (document != null) {
                sink.accept(document, annFile, 0);
            }
        }
    }

    private static String decodeAnn(byte[] bytes, Path file, List<ImportProblem> problems) {
        try {
            return StrictUtf8.decode(bytes);
        } catch (ImportFileException e) {
            problems.add(new ImportProblem(file, e.line(), e.getMessage()));
            return null;
        }
    }
}
