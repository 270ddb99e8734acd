package org.goldset.gold;

import org.goldset.annotation.Origin;
import org.goldset.annotation.OriginKind;

/** Where an annotation came from, as written in JSONL: {"kind","engine","version","score"}. */
public record GoldOrigin(OriginKind kind, String engine, String version, Double score) {

    public static final GoldOrigin IMPORTED = new GoldOrigin(OriginKind.IMPORTED, null, null, null);

    public static GoldOrigin of(Origin origin) {
        return new GoldOrigin(origin.getKind(), origin.getEngineId(), origin.getEngineVersion(), origin.getScore());
    }

    public Origin toOrigin() {
        return switch (kind) {
            case ENGINE -> Origin.engine(engine, version, score);
            case MANUAL -> Origin.manual();
            case IMPORTED -> Origin.imported();
        };
    }
}
