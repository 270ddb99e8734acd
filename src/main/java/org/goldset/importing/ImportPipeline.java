package org.goldset.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.goldset.base.GoldsetProperties;
import org.goldset.format.GoldFormat;
import org.goldset.format.GoldFormatReader;
import org.goldset.format.ImportFileException;
import org.goldset.format.ImportProblem;
import org.goldset.format.InputLimits;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one way a file goes in, whatever its format, in one streaming pass inside one transaction:
 * each valid document is stored as it is read; once the file shows a problem, nothing more is
 * stored but reading goes on, so that every problem (up to
 * {@value GoldFormatReader#MAX_PROBLEMS_REPORTED}) is reported by file and line, and then the
 * transaction is rolled back. A refused or failing file leaves nothing behind; a clean one is
 * committed whole. Memory stays flat however long the file is.
 */
@Component
class ImportPipeline {

    private final GoldDocumentStore store;
    private final TransactionTemplate transaction;

    private final InputLimits limits;

    ImportPipeline(GoldDocumentStore store, TransactionTemplate transaction, GoldsetProperties properties) {
        this.store = store;
        this.transaction = transaction;
        this.limits = InputLimits.of(properties.limits());
    }

    void importFile(Path source, GoldFormat format, String analyst, ImportReport report,
                    CorpusImporter.ImportProgress progress) throws IOException {
        GoldFormatReader reader = format.reader().orElseThrow(() ->
                new ImportFileException(0, format.id() + " is a format Goldset writes but does not read"));
        List<ImportProblem> problems = new ArrayList<>();
        ImportReport fileReport = transaction.execute(status -> {
            GoldDocumentStore.Session session = store.open(format.idsComeFromFileNames(), analyst, limits);
            int[] read = {0};
            try {
                reader.read(source, limits, problems, (document, file, line) -> {
                    if (problems.isEmpty()) {
                        session.store(document, new GoldDocumentStore.Where(file, line), problems);
                    }
                    if (++read[0] % CorpusImporter.ImportProgress.DOCUMENTS_PER_CALL == 0) {
                        progress.documentsRead(source, read[0]);
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (problems.isEmpty() && session.documentsRead() == 0) {
                problems.add(new ImportProblem(source, 0, "the file holds no documents"));
            }
            if (!problems.isEmpty()) {
                status.setRollbackOnly();
                return null;
            }
            session.write();
            return session.report();
        });
        if (fileReport == null) {
            throw new MultipleProblemsException(problems);
        }
        report.add(fileReport);
    }
}
