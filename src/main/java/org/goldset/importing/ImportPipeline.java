package org.goldset.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.goldset.format.GoldFormat;
import org.goldset.format.GoldFormatReader;
import org.goldset.format.ImportFileException;
import org.goldset.format.ImportProblem;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one way a file goes in, whatever its format: read and validate the whole file first, reporting
 * every problem (up to {@value GoldFormatReader#MAX_PROBLEMS_REPORTED}) by file and line; only a clean
 * file is read a second time and stored, in a single transaction. Both passes stream, so memory stays
 * flat however long the file is, and a refused or failing file leaves nothing behind.
 */
@Component
class ImportPipeline {

    private final GoldDocumentStore store;
    private final TransactionTemplate transaction;

    ImportPipeline(GoldDocumentStore store, TransactionTemplate transaction) {
        this.store = store;
        this.transaction = transaction;
    }

    void importFile(Path source, GoldFormat format, ImportReport report) throws IOException {
        GoldFormatReader reader = format.reader().orElseThrow(() ->
                new ImportFileException(0, format.id() + " is a format Goldset writes but does not read"));
        validate(source, reader);
        transaction.executeWithoutResult(status -> {
            try {
                reader.read(source, new ArrayList<>(), (document, file, line) ->
                        store.store(document, new GoldDocumentStore.Where(file, line), format.idsComeFromFileNames(),
                                report));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Reads the whole file and throws every problem found; a document id used twice for different texts is one. */
    private static void validate(Path source, GoldFormatReader reader) throws IOException {
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, String> hashOfId = new HashMap<>();
        Map<String, GoldDocumentStore.Where> whereOfId = new HashMap<>();
        reader.read(source, problems, (document, file, line) -> {
            String hash = TextHash.of(document.text());
            String earlier = hashOfId.putIfAbsent(document.id(), hash);
            if (earlier != null && !earlier.equals(hash) && problems.size() < GoldFormatReader.MAX_PROBLEMS_REPORTED) {
                GoldDocumentStore.Where first = whereOfId.get(document.id());
                problems.add(new ImportProblem(file, line, "document id \"" + document.id() + "\" was already used "
                        + (first.file().equals(file) && first.line() > 0 ? "on line " + first.line() : "in " + first)
                        + " for a different text"));
            }
            whereOfId.putIfAbsent(document.id(), new GoldDocumentStore.Where(file, line));
        });
        if (!problems.isEmpty()) {
            throw new MultipleProblemsException(problems);
        }
        if (hashOfId.isEmpty()) {
            throw new ImportFileException(0, "the file holds no documents");
        }
    }
}
