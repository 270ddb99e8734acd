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

    /**
     * Head nouns that make a place a LOCATION in our guidelines: natural features and regions without
     * a government ("Red Sea", "Strait of Hormuz", "Middle East", "Nuba Mountains").
     */
    private static final java.util.Set<String> NATURAL_PLACE_HEADS = java.util.Set.of("sea", "seas", "ocean", "river",
            "gulf", "strait", "straits", "bay", "lake", "mountain", "mountains", "range", "hills", "heights", "desert",
            "valley", "peninsula", "island", "islands", "archipelago", "coast", "basin", "plateau", "plain", "plains",
            "delta", "canal", "channel", "corridor", "region", "highlands", "lowlands", "forest", "steppe", "cape",
            "east", "west", "north", "south");

    private CoreNlpTypeMapping() {
    }

    /**
     * The label of a place CoreNLP could only call LOCATION (it knows no finer class for it): by our
     * guidelines a LOCATION has no government and nearly always says what it is ("the Nuba Mountains",
     * "the Gulf of Aden"); a bare name ("Inkoo", a dateline's "HAVANA") is a town, province or
     * country CoreNLP's lists lack, so GPE. Well-known regions without such a head ("Sahel", "Levant")
     * come from the gazetteer, which outranks CoreNLP.
     */
    public static String placeLabel(java.util.List<String> words) {
        int of = words.indexOf("of");
        String head = (of > 0 ? words.get(of - 1) : words.isEmpty() ? "" : words.getLast()).toLowerCase(java.util.Locale.ROOT);
        return NATURAL_PLACE_HEADS.contains(head) ? "LOCATION" : "GPE";
    }

    public static Optional<String> labelFor(String coreNlpType) {
        return Optional.ofNullable(MAPPING.get(coreNlpType));
    }
}
