package org.goldset.format.dygiepp;
import java.util.List;
import java.util.Optional;
import org.goldset.format.GoldFormat;
import org.goldset.nlp.CoreNlpTokenizer;
import org.springframework.stereotype.Component;

/** DyGIE++ JSON lines: tokenized sentences with entity and event annotations by token index. */
@Component
public class DygieppFormat implements GoldFormat {

    public static final String ID = "dygiepp";

    private final CoreNlpTokenizer tokenizer;

    public DygieppFormat(CoreNlpTokenizer tokenizer) {
        this.tokenizer = tokenizer;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "DyGIE++ JSON (sentences, ner, events)";
    }

    @Override
    public List<String> extensions() {
        return List.of("jsonl");
    }

    @Override
    public Optional<Writing> writing() {
        return Optional.of(new Writing("application/x-ndjson", warnings -> new DygieppWriter(tokenizer, warnings)));
    }
}
