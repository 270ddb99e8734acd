package org.goldset.format.doccano;

import java.util.Optional;
import org.goldset.format.AbstractGoldFormat;
import org.goldset.format.FileSample;
import org.goldset.format.GoldFormatReader;
import org.goldset.schema.AnnotationSchema;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** doccano JSON lines: {@code text}, {@code entities} and {@code relations} (or the older {@code label} lists). */
@Component
public class DoccanoFormat extends AbstractGoldFormat {

    public static final String ID = "doccano";

    private final AnnotationSchema schema;

    public DoccanoFormat(AnnotationSchema schema) {
        super(ID, "doccano JSONL (entities + relations)", "jsonl", "ndjson");
        this.schema = schema;
    }

    @Override
    public int claim(FileSample sample) {
        boolean doccanoLine = sample.mayBeJsonLines()
                && sample.firstJsonLine().map(DoccanoFormat::looksLikeDoccano).orElse(false);
        return doccanoLine ? 70 : 0;
    }

    private static boolean looksLikeDoccano(JsonNode first) {
        JsonNode entities = first.get("entities");
        boolean doccanoEntities = entities != null && entities.isArray() && !entities.isEmpty()
                && entities.get(0).has("start_offset");
        return doccanoEntities || first.has("relations") || (first.has("label") && first.get("label").isArray());
    }

    @Override
    public Optional<GoldFormatReader> reader() {
        return Optional.of(new DoccanoReader(schema));
    }

    @Override
    public Optional<Writing> writing() {
        return Optional.of(new Writing("application/x-ndjson", warnings -> new DoccanoWriter(warnings)));
    }
}
