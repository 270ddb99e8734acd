package org.goldset.suggestion.engine.corenlp;

import java.util.Map;
import java.util.Optional;

/**
 * CoreNLP's fine-grained NER types onto Goldset's schema. Types with no counterpart (numbers, money,
 * titles, charges, causes of death, URLs…) are dropped: suggesting them would only cost analysts
 * rejections. DURATION and SET ("for 20 years", "every week") are not dates in our guidelines.
 */
public final class CoreNlpTypeMapping {

    private static final Map<String, String> MAPPING = Map.ofEntries(
            Map.entry("PERSON", "PERSON"),
            Map.entry("ORGANIZATION", "ORGANIZATION"),
            Map.entry("COUNTRY", "GPE"),
            Map.entry("CITY", "GPE"),
            Map.entry("STATE_OR_PROVINCE", "GPE"),
            Map.entry("LOCATION", "LOCATION"),
            Map.entry("NATIONALITY", "NORP"),
            Map.entry("RELIGION", "NORP"),
            Map.entry("DATE", "DATE"),
            Map.entry("TIME", "DATE"));

    private CoreNlpTypeMapping() {
    }

    public static Optional<String> labelFor(String coreNlpType) {
        return Optional.ofNullable(MAPPING.get(coreNlpType));
    }
}
