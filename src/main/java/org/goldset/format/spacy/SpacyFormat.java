package org.goldset.format.spacy;

import java.util.Optional;
import org.goldset.format.AbstractGoldFormat;
import org.goldset.format.FileSample;
import org.goldset.format.GoldFormatReader;
import org.goldset.nlp.CoreNlpTokenizer;
import org.goldset.schema.AnnotationSchema;
import org.springframework.stereotype.Component;

/** spaCy / Prodigy JSON lines: {@code text}, {@code tokens}, {@code spans} (and Goldset's events beside them). */
@Component
public class SpacyFormat extends AbstractGoldFormat {

    public static final String ID = "spacy";

    private final AnnotationSchema schema;
    private final CoreNlpTokenizer tokenizer;

    public SpacyFormat(AnnotationSchema schema, CoreNlpTokenizer tokenizer) {
        super(ID, "spaCy / Prodigy JSONL", "jsonl", "ndjson");
        this.schema = schema;
        this.tokenizer = tokenizer;
    }

    @Override
    public int claim(FileSample sample) {
        boolean spacyLine = sample.mayBeJsonLines() && sample.firstJsonLine()
                .map(first -> first.has("spans") || first.has("tokens")).orElse(false);
        return spacyLine ? 72 : 0; // above doccano's 70: a line with both looks is spaCy's
    }

    @Override
    public Optional<GoldFormatReader> reader() {
        return Optional.of(new SpacyReader(schema));
    }

    @Override
    public Optional<Writing> writing() {
        return Optional.of(new Writing("application/x-ndjson", warnings -> new SpacyWriter(tokenizer, warnings)));
    }
}
