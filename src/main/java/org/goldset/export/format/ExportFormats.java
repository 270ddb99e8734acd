package org.goldset.export.format;

import org.goldset.schema.AnnotationSchema;
import org.goldset.nlp.CoreNlpTokenizer;
import org.springframework.stereotype.Component;

/** Makes a fresh writer for a format; the one place that knows every format's class. */
@Component
public class ExportFormats {

    private final AnnotationSchema schema;
    private final CoreNlpTokenizer tokenizer;

    public ExportFormats(AnnotationSchema schema, CoreNlpTokenizer tokenizer) {
        this.schema = schema;
        this.tokenizer = tokenizer;
    }

    public GoldFormatWriter newWriter(ExportFormat format, ExportWarnings warnings) {
        return switch (format) {
            case JSONL -> new JsonlFormatWriter();
            case BRAT -> new BratWriter(schema, warnings);
            case CONLL -> new ConllWriter(tokenizer, warnings);
            case SPACY -> new SpacyWriter(tokenizer, warnings);
            case DOCCANO -> new DoccanoWriter(warnings);
            case LABELSTUDIO -> new LabelStudioWriter(warnings);
            case DYGIEPP -> new DygieppWriter(tokenizer, warnings);
        };
    }
}
