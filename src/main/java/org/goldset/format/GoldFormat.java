package org.goldset.format;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One exchange format, as a Spring bean that the {@link FormatRegistry} collects: its stable id
 * (used on the command line, in the web app and in decision records), the file extensions it is
 * read from and written to, how it recognizes a file by content, and its reader and/or writer.
 * Adding a format is adding one package with one of these; nothing else lists formats.
 */
public interface GoldFormat {

    /** The literal, stable name users type, e.g. {@code brat}. */
    String id();

    /** One line for lists and help, e.g. "brat standoff (.txt + .ann + annotation.conf, zipped)". */
    String description();

    /** Extensions without the dot, lower case; the first names exported files. */
    List<String> extensions();

    /**
     * How strongly this format claims a file it may read, 0 for not at all; the registry reads a
     * file as the highest claim. Claims by extension are 100 (60 when several formats share it
     * and the content decides); claims by content alone, for names that say nothing, 50 or less.
     */
    default int claim(FileSample sample) {
        return 0;
    }

    /** Whether a folder given for import is one source of this format (brat's .txt/.ann pairs). */
    default boolean readsFolders() {
        return false;
    }

    /** Whether documents read in this format take their ids from file names (renamed, not refused, on a clash). */
    default boolean idsComeFromFileNames() {
        return false;
    }

    /** The name of an export in this format, e.g. {@code goldset-brat.zip}. */
    default String exportFileName(String stem) {
        return stem + "-" + id() + "." + extensions().getFirst();
    }

    default Optional<GoldFormatReader> reader() {
        return Optional.empty();
    }

    default Optional<Writing> writing() {
        return Optional.empty();
    }

    /** How a format is written: its media type, and a fresh writer per export. */
    record Writing(String mediaType, Function<ExportWarnings, GoldFormatWriter> writers) {

        /** A writer for one export; what the format cannot express is counted in {@code warnings}. */
        public GoldFormatWriter newWriter(ExportWarnings warnings) {
            return writers.apply(warnings);
        }
    }
}
