package org.goldset.gold;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A document's metadata. The well-known keys have fields; everything else is kept as JSON text per
 * key so that it round-trips exactly.
 */
public record GoldMetadata(String outlet, String byline, LocalDate date, String url, Map<String, String> extraJson) {

    public static final String OUTLET = "outlet";
    public static final String BYLINE = "byline";
    public static final String DATE = "date";
    public static final String URL = "url";

    public GoldMetadata {
        extraJson = Collections.unmodifiableMap(new LinkedHashMap<>(extraJson));
    }
}
