package org.goldset.format.jsonl;

import java.util.Optional;
import org.goldset.format.AbstractGoldFormat;
import org.goldset.format.FileSample;
import org.goldset.format.GoldFormatReader;
import org.goldset.schema.AnnotationSchema;
import org.springframework.stereotype.Component;

/** Goldset's own JSON lines: every annotation with status, origin and history fields; exact round trips. */
@Component
public class JsonlFormat extends AbstractGoldFormat {

    public static final String ID = "jsonl";

    private final AnnotationSchema schema;

    public JsonlFormat(AnnotationSchema schema) {
        super(ID, "Goldset JSONL (everything)", "jsonl", "ndjson");
        this.schema = schema;
    }

    @Override
    public int claim(FileSample sample) {
        if (sample.hasExtension("jsonl", "ndjson")) {
            return 60; // doccano and spaCy share the extension and claim their files by content
        }
        return sample.nameSaysNothing() && sample.firstVisibleCharacter() == '{' ? 40 : 0;
    }

    @Override
    public Optional<GoldFormatReader> reader() {
        return Optional.of(new JsonlReader(schema));
    }

    @Override
    public Optional<Writing> writing() {
        return Optional.of(new Writing("application/x-ndjson", warnings -> new JsonlFormatWriter()));
    }
}
