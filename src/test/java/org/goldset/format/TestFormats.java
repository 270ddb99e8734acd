package org.goldset.format;

import java.util.List;
import org.goldset.format.brat.BratFormat;
import org.goldset.format.conll.ConllFormat;
import org.goldset.format.doccano.DoccanoFormat;
import org.goldset.format.dygiepp.DygieppFormat;
import org.goldset.format.jsonl.JsonlFormat;
import org.goldset.format.labelstudio.LabelStudioFormat;
import org.goldset.format.spacy.SpacyFormat;
import org.goldset.format.txt.TextFormat;
import org.goldset.nlp.CoreNlpTokenizer;
import org.goldset.schema.AnnotationSchema;

/** Every format without Spring, for tests of readers and writers on their own. */
public final class TestFormats {

    private TestFormats() {
    }

    public static FormatRegistry registry(AnnotationSchema schema) {
        CoreNlpTokenizer tokenizer = new CoreNlpTokenizer();
        return new FormatRegistry(List.of(new JsonlFormat(schema), new BratFormat(schema), new ConllFormat(tokenizer),
                new SpacyFormat(schema, tokenizer), new DoccanoFormat(schema), new LabelStudioFormat(schema),
                new DygieppFormat(tokenizer), new TextFormat()));
    }
}
