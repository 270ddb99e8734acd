package org.goldset.gold;

/** Where an annotation came from, as written in JSONL: {"kind","engine","version","score"}. */
public record GoldOrigin(Kind kind, String engine, String version, Double score) {

    public static final GoldOrigin IMPORTED = new GoldOrigin(Kind.IMPORTED, null, null, null);

    /** Who proposed an annotation: a machine engine, an analyst, or an imported file. */
    public enum Kind {
        ENGINE, MANUAL, IMPORTED
    }
}
