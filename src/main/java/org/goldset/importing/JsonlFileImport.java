package org.goldset.importing;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.goldset.gold.GoldDocument;
import org.goldset.gold.GoldFormatException;
import org.goldset.gold.GoldJsonlParser;
import org.goldset.schema.AnnotationSchema;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports one native gold JSONL file in two streaming passes: the first validates every line and
 * reports all problems (up to {@value #MAX_PROBLEMS_REPORTED}); only a clean file gets the second
 * pass, which stores it in a single transaction. Memory stays flat however long the file is.
 */
@Component
class JsonlFileImport {

    static final int MAX_PROBLEMS_REPORTED = 20;

    private final GoldDocumentStore store;
    private final GoldJsonlParser parser;
    private final TransactionTemplate transaction;

    JsonlFileImport(GoldDocumentStore store, AnnotationSchema schema, TransactionTemplate transaction) {
        this.store = store;
        this.parser = new GoldJsonlParser(schema);
        this.transaction = transaction;
    }

    void importFile(Path file, ImportReport report) throws IOException {
        validate(file);
        transaction.executeWithoutResult(status -> {
            try {
                forEachLine(file, (line, lineNumber) -> store.store(parser.parse(line, lineNumber), lineNumber, file, report));
            } catch (IOException e) {
                throw new ImportFileException(0, "cannot read the file: " + e.getMessage());
            }
        });
    }

    private void validate(Path file) throws IOException {
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, Integer> lineOfId = new HashMap<>();
        Map<String, String> hashOfId = new HashMap<>();
        forEachLine(file, (line, lineNumber) -> {
            if (problems.size() >= MAX_PROBLEMS_REPORTED) {
                return;
            }
            try {
                GoldDocument document = parser.parse(line, lineNumber);
                String hash = TextHash.of(document.text());
                String earlierHash = hashOfId.putIfAbsent(document.id(), hash);
                if (earlierHash != null && !earlierHash.equals(hash)) {
                    problems.add(new ImportProblem(file, lineNumber, "document id \"" + document.id()
                            + "\" was already used on line " + lineOfId.get(document.id()) + " for a different text"));
                }
                lineOfId.putIfAbsent(document.id(), lineNumber);
            } catch (GoldFormatException e) {
                problems.add(new ImportProblem(file, e.lineNumber(), e.getMessage().replaceFirst("^line \\d+: ", "")));
            }
        });
        if (lineOfId.isEmpty() && problems.isEmpty()) {
            throw new ImportFileException(0, "the file holds no documents");
        }
        if (!problems.isEmpty()) {
            throw new MultipleProblemsException(problems);
        }
    }

    /**
     * Streams the non-blank lines with their 1-based numbers. Each line's bytes are decoded on their
     * own, so a byte that is not UTF-8 is reported on the line where it really is.
     */
    static void forEachLine(Path file, LineHandler handler) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            ByteArrayOutputStream lineBytes = new ByteArrayOutputStream();
            int lineNumber = 0;
            int next;
            boolean more = true;
            while (more) {
                next = in.read();
                if (next != '\n' && next != -1) {
                    lineBytes.write(next);
                    continue;
                }
                more = next != -1;
                lineNumber++;
                if (lineBytes.size() > 0 || more) {
                    String line = decodeLine(lineBytes.toByteArray(), lineNumber);
                    if (!line.isBlank()) {
                        handler.handle(line, lineNumber);
                    }
                }
                lineBytes.reset();
            }
        }
    }

    private static String decodeLine(byte[] bytes, int lineNumber) {
        try {
            String line = StrictUtf8.decode(bytes);
            return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        } catch (ImportFileException e) {
            throw new ImportFileException(lineNumber, e.getMessage());
        }
    }

    @FunctionalInterface
    interface LineHandler {
        void handle(String line, int lineNumber);
    }
}
