package org.goldset.importing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.goldset.gold.GoldDocument;

/**
 * Reads one file (or brat folder) of a foreign format into validated gold documents. A document
 * with problems is not handed on: its problems are added, each with file, line and reason, and
 * reading goes on to the next document until {@link JsonlFileImport#MAX_PROBLEMS_REPORTED} are
 * known. A problem with the file as a whole is thrown as an {@link ImportFileException}.
 */
interface GoldFormatReader {

    void read(Path source, List<ImportProblem> problems, DocumentSink sink) throws IOException;

    /** Receives each valid document with where it was read. */
    @FunctionalInterface
    interface DocumentSink {
        void accept(GoldDocument document, Path file, int line);
    }
}
