package org.goldset.base;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON mapper with Jackson's defaults, shared: a mapper is thread-safe once built and costly
 * to build. Readers that need stricter settings (the gold JSONL parser, the Label Studio reader)
 * build their own, and say why.
 */
public final class Json {

    public static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {
    }
}
