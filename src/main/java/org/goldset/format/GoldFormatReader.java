package org.goldset.format;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.goldset.gold.GoldDocument;

/**
 * Reads one file (or brat folder) into validated gold documents. A document with problems is not
 * handed on: its problems are added, each with file, line and reason, and reading goes on to the
 * next document until {@link #MAX_PROBLEMS_REPORTED} are known. A problem with the file as a whole
 * is thrown as an {@link ImportFileException}. Reading has no side effects, so the import pipeline
 * can read a file twice: once to validate all of it, once to store it.
 */
public interface GoldFormatReader {

    /** Enough for an author to see what is wrong, not so many that the first screen is lost. */
    int MAX_PROBLEMS_REPORTED = 20;

    /** Reads {@code source}; what is beyond {@code limits} is a problem of the file, found before it fills memory. */
    void read(Path source, InputLimits limits, List<ImportProblem> problems, DocumentSink sink) throws IOException;

    /** Receives each valid document with where it was read. */
    @FunctionalInterface
    interface DocumentSink {
        void accept(GoldDocument document, Path file, int line);
    }
}
