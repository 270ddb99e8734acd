package org.goldset.format;

import java.io.IOException;
import java.io.OutputStream;
import org.goldset.gold.GoldDocument;
import tools.jackson.databind.JsonNode;

/** A format with one JSON object per document per line (spaCy, doccano, DyGIE++). */
public abstract class JsonLinesWriter implements GoldFormatWriter {

    protected final ExportWarnings warnings;
    private OutputStream out;

    protected JsonLinesWriter(ExportWarnings warnings) {
        this.warnings = warnings;
    }

    /** The document's line; none of these formats has statuses, so anything not accepted is counted first. */
    public abstract JsonNode line(GoldDocument document);

    @Override
    public void begin(OutputStream stream) {
        out = stream;
    }

    @Override
    public void writeDocument(GoldDocument document) throws IOException {
        JsonSupport.warnUnlessAllAccepted(document, warnings);
        JsonSupport.writeLine(out, line(document));
    }

    @Override
    public void end() throws IOException {
        out.flush();
    }
}
