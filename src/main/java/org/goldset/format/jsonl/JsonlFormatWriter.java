package org.goldset.format.jsonl;

import java.io.OutputStream;
import org.goldset.format.GoldFormatWriter;
import org.goldset.gold.GoldDocument;
import org.goldset.gold.GoldJsonlWriter;

/** Goldset's native JSONL: keeps everything. */
final class JsonlFormatWriter implements GoldFormatWriter {

    private GoldJsonlWriter writer;

    @Override
    public void begin(OutputStream out) {
        writer = new GoldJsonlWriter(out);
    }

    @Override
    public void writeDocument(GoldDocument document) {
        writer.write(document);
    }

    @Override
    public void end() {
        // GoldJsonlWriter writes each line through; the caller owns and closes the stream.
    }
}
