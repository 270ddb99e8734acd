package org.goldset.format.conll;

import java.util.Optional;
import org.goldset.format.AbstractGoldFormat;
import org.goldset.nlp.CoreNlpTokenizer;
import org.springframework.stereotype.Component;

/** CoNLL-2003 BIO tags, one token per line: entities only, written for training taggers. */
@Component
public class ConllFormat extends AbstractGoldFormat {

    public static final String ID = "conll";

    private final CoreNlpTokenizer tokenizer;

    public ConllFormat(CoreNlpTokenizer tokenizer) {
        super(ID, "CoNLL-2003 BIO (entities only)", "conll");
        this.tokenizer = tokenizer;
    }

    @Override
    public Optional<Writing> writing() {
        return Optional.of(new Writing("text/plain; charset=utf-8", warnings -> new ConllWriter(tokenizer, warnings)));
    }
}
