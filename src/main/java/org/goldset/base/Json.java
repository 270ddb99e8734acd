package org.goldset.base;

import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON mapper with Jackson's defaults, shared (and the application's JsonMapper bean, see
 * {@link JsonConfiguration}): a mapper is thread-safe once built and costly to build. Readers that
 * need another setting (the gold JSONL parser, the Label Studio reader) derive it from this one with
 * {@code MAPPER.rebuild()}, and say why.
 */
public final class Json {

    public static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {
    }
}
