package org.goldset.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.goldset.schema.AnnotationSchema;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a file of a foreign format (brat, doccano, Label Studio, spaCy) as {@link JsonlFileImport}
 * does native JSONL: a first pass reads and validates every document and reports all problems; only
 * a clean file gets the second pass, which stores it in a single transaction.
 */
@Component
class FormatFileImport {

    private final GoldDocumentStore store;
    private final AnnotationSchema schema;
    private final TransactionTemplate transaction;

    FormatFileImport(GoldDocumentStore store, AnnotationSchema schema, TransactionTemplate transaction) {
        this.store = store;
        this.schema = schema;
        this.transaction = transaction;
    }

    void importFile(Path source, ImportFormat format, ImportReport report) throws IOException {
        GoldFormatReader reader = readerFor(format);
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, String> hashOfId = new HashMap<>();
        Map<String, String> whereOfId = new HashMap<>();
        reader.read(source, problems, (document, file, line) -> {
            String hash = TextHash.of(document.text());
            String earlier = hashOfId.putIfAbsent(document.id(), hash);
            if (earlier != null && !earlier.equals(hash) && problems.size() < JsonlFileImport.MAX_PROBLEMS_REPORTED) {
                problems.add(new ImportProblem(file, line, "document id \"" + document.id() + "\" was already used at "
                        + whereOfId.get(document.id()) + " for a different text"));
            }
            whereOfId.putIfAbsent(document.id(), line > 0 ? file + ":" + line : file.toString());
        });
        if (!problems.isEmpty()) {
            throw new MultipleProblemsException(problems);
        }
        if (hashOfId.isEmpty()) {
            throw new ImportFileException(0, "the file holds no documents");
        }
        transaction.executeWithoutResult(status -> {
            try {
                reader.read(source, new ArrayList<>(), (document, file, line) -> store.store(document, line, file, report));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private GoldFormatReader readerFor(ImportFormat format) {
        return switch (format) {
            case BRAT -> new BratReader(schema);
            case DOCCANO -> new DoccanoReader(schema);
            case LABELSTUDIO -> new LabelStudioReader(schema);
            case SPACY -> new SpacyReader(schema);
            case TEXT, JSONL -> throw new IllegalArgumentException(format + " has its own import");
        };
    }
}
