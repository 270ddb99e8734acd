package org.goldset.gold;

/** A small annotated article with emoji, shared by format, import and command-line tests. */
public final class GoldFixtures {

    private GoldFixtures() {
    }

    /** "🇮🇷" is 2 code points, 4 UTF-16 units: offsets after it differ between the two counts. */
    public static final String TEXT = "🇮🇷 Iran's IRGC said the drone strike killed Soleimani in Baghdad.";

    public static String line(String entities, String events) {
        return """
                {"id":"doc-1","text":"%s","meta":{"outlet":"Example News","date":"2020-01-07","url":"https://example.org/a","section":"World","tags":["iran",1]},"offsets":"codepoints","entities":[%s],"events":[%s]}"""
                .formatted(TEXT, entities.replace("\n", ""), events.replace("\n", ""));
    }

    public static final String ENTITIES = """
            {"id":"T1","start":10,"end":14,"label":"ORGANIZATION","text":"IRGC"},
            {"id":"T2","start":24,"end":29,"label":"WEAPON","text":"drone","status":"PENDING","origin":{"engine":"gazetteer","version":"1","score":0.8}},
            {"id":"T3","start":44,"end":53,"label":"PERSON","text":"Soleimani"},
            {"id":"T4","start":57,"end":64,"label":"GPE"}""";
    public static final String EVENTS = """
            {"id":"E1","type":"KILL","trigger":{"start":37,"end":43,"text":"killed"},"arguments":[{"role":"Victim","entity":"T3"},{"role":"Instrument","entity":"T2"},{"role":"Place","entity":"T4"}],"attributes":{"modality":"asserted"}}""";
}
