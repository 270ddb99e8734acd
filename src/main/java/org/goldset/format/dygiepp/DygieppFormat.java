package org.goldset.format.dygiepp;

import java.util.Optional;
import org.goldset.format.AbstractGoldFormat;
import org.goldset.nlp.CoreNlpTokenizer;
import org.springframework.stereotype.Component;

/** DyGIE++ JSON lines: tokenized sentences with entity and event annotations by token index. */
@Component
public class DygieppFormat extends AbstractGoldFormat {

    public static final String ID = "dygiepp";

    private final CoreNlpTokenizer tokenizer;

    public DygieppFormat(CoreNlpTokenizer tokenizer) {
        super(ID, "DyGIE++ JSON (sentences, ner, events)", "jsonl");
        this.tokenizer = tokenizer;
    }

    @Override
    public Optional<Writing> writing() {
        return Optional.of(new Writing("application/x-ndjson", warnings -> new DygieppWriter(tokenizer, warnings)));
    }
}
