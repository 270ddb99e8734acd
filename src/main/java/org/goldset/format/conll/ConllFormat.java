package org.goldset.format.conll;
import java.util.List;
import java.util.Optional;
import org.goldset.format.GoldFormat;
import org.goldset.nlp.CoreNlpTokenizer;
import org.springframework.stereotype.Component;

/** CoNLL-2003 BIO tags, one token per line: entities only, written for training taggers. */
@Component
public class ConllFormat implements GoldFormat {

    public static final String ID = "conll";

    private final CoreNlpTokenizer tokenizer;

    public ConllFormat(CoreNlpTokenizer tokenizer) {
        this.tokenizer = tokenizer;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "CoNLL-2003 BIO (entities only)";
    }

    @Override
    public List<String> extensions() {
        return List.of("conll");
    }

    @Override
    public Optional<Writing> writing() {
        return Optional.of(new Writing("text/plain; charset=utf-8", warnings -> new ConllWriter(tokenizer, warnings)));
    }
}
