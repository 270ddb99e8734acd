package org.goldset.format.txt;

import java.util.Optional;
import org.goldset.format.AbstractGoldFormat;
import org.goldset.format.FileSample;
import org.goldset.format.GoldFormatReader;
import org.springframework.stereotype.Component;

/** A plain-text article: one document per {@code .txt} file, its id the file name. */
@Component
public class TextFormat extends AbstractGoldFormat {

    public static final String ID = "txt";

    public TextFormat() {
        super(ID, "plain-text article (title, byline, dateline read from its head)", "txt");
    }

    @Override
    public int claim(FileSample sample) {
        return sample.hasExtension("txt") ? 100 : 0;
    }

    @Override
    public boolean idsComeFromFileNames() {
        return true;
    }

    @Override
    public Optional<GoldFormatReader> reader() {
        return Optional.of(new TextReader());
    }
}
