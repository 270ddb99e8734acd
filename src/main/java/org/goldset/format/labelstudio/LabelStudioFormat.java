package org.goldset.format.labelstudio;

import java.util.Optional;
import org.goldset.format.AbstractGoldFormat;
import org.goldset.format.FileSample;
import org.goldset.format.GoldFormatReader;
import org.goldset.schema.AnnotationSchema;
import org.springframework.stereotype.Component;

/** Label Studio's JSON export: an array of tasks with their annotations (or predictions). */
@Component
public class LabelStudioFormat extends AbstractGoldFormat {

    public static final String ID = "labelstudio";

    private final AnnotationSchema schema;

    public LabelStudioFormat(AnnotationSchema schema) {
        super(ID, "Label Studio JSON tasks", "json");
        this.schema = schema;
    }

    @Override
    public int claim(FileSample sample) {
        if (sample.hasExtension("json")) {
            return 100;
        }
        return sample.nameSaysNothing() && sample.firstVisibleCharacter() == '[' ? 50 : 0;
    }

    @Override
    public Optional<GoldFormatReader> reader() {
        return Optional.of(new LabelStudioReader(schema));
    }

    @Override
    public Optional<Writing> writing() {
        return Optional.of(new Writing("application/json", warnings -> new LabelStudioWriter(warnings)));
    }
}
