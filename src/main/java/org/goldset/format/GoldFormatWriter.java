package org.goldset.format;

import java.io.IOException;
import java.io.OutputStream;
import org.goldset.gold.GoldDocument;

/**
 * Writes one export format to a stream, one document at a time: {@link #begin}, then
 * {@link #writeDocument} per document, then {@link #end}. A writer holds no more than the current
 * document, so exports stream whatever the corpus size. It never closes the stream. What the format
 * cannot express is counted in the {@link ExportWarnings} it was made with, never dropped silently.
 */
public interface GoldFormatWriter {

    void begin(OutputStream out) throws IOException;

    void writeDocument(GoldDocument document) throws IOException;

    void end() throws IOException;
}
