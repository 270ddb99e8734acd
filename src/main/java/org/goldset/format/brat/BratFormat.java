package org.goldset.format.brat;

import java.util.Optional;
import org.goldset.format.AbstractGoldFormat;
import org.goldset.format.FileSample;
import org.goldset.format.GoldFormatReader;
import org.goldset.schema.AnnotationSchema;
import org.springframework.stereotype.Component;

/** brat standoff: a zip or a folder of {@code .txt}/{@code .ann} pairs, with an {@code annotation.conf}. */
@Component
public class BratFormat extends AbstractGoldFormat {

    public static final String ID = "brat";

    private final AnnotationSchema schema;

    public BratFormat(AnnotationSchema schema) {
        super(ID, "brat standoff (.txt + .ann + annotation.conf, zipped)", "zip");
        this.schema = schema;
    }

    @Override
    public int claim(FileSample sample) {
        if (sample.hasExtension("zip") || sample.folderHolds("ann")) {
            return 100;
        }
        return sample.nameSaysNothing() && sample.startsWithZipSignature() ? 50 : 0;
    }

    @Override
    public boolean readsFolders() {
        return true;
    }

    @Override
    public Optional<GoldFormatReader> reader() {
        return Optional.of(new BratReader(schema));
    }

    @Override
    public Optional<Writing> writing() {
        return Optional.of(new Writing("application/zip", warnings -> new BratWriter(schema, warnings)));
    }
}
