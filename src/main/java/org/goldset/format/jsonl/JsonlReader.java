package org.goldset.format.jsonl;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.goldset.format.GoldFormatReader;
import org.goldset.format.ImportProblem;
import org.goldset.format.InputLimits;
import org.goldset.format.JsonLines;
import org.goldset.gold.GoldFormatException;
import org.goldset.gold.GoldJsonlParser;
import org.goldset.schema.AnnotationSchema;

/** Goldset's JSONL, one document per line, each validated by the native parser. */
final class JsonlReader implements GoldFormatReader {

    private final GoldJsonlParser parser;

    JsonlReader(AnnotationSchema schema) {
        this.parser = new GoldJsonlParser(schema);
    }

    @Override
    public void read(Path file, InputLimits limits, List<ImportProblem> problems, DocumentSink sink) throws IOException {
        JsonLines.forEachLine(file, limits.lineCharacters(), (line, lineNumber) -> {
            if (problems.size() >= MAX_PROBLEMS_REPORTED) {
                return;
            }
            try {
                sink.accept(parser.parse(line, lineNumber), file, lineNumber);
            } catch (GoldFormatException e) {
                problems.add(new ImportProblem(file, e.lineNumber(), e.getMessage().replaceFirst("^line \\d+: ", "")));
            }
        });
    }
}
