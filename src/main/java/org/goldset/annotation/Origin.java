package org.goldset.annotation;

import java.util.Objects;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * Provenance of an annotation. An engine origin carries the engine's literal, stable id, its
 * version and its confidence score, so that suggestions of an outdated engine can be found.
 */
@Embeddable
public class Origin {

    @Enumerated(EnumType.STRING)
    @Column(name = "origin_kind", nullable = false)
    private OriginKind kind;

    @Column(name = "engine_id")
    private String engineId;

    @Column(name = "engine_version")
    private String engineVersion;

    private Double score;

    protected Origin() {
    }

    private Origin(OriginKind kind, String engineId, String engineVersion, Double score) {
        this.kind = kind;
        this.engineId = engineId;
        this.engineVersion = engineVersion;
        this.score = score;
    }

    public static Origin engine(String engineId, String engineVersion, Double score) {
        Objects.requireNonNull(engineId, "engineId");
        return new Origin(OriginKind.ENGINE, engineId, engineVersion, score);
    }

    public static Origin manual() {
        return new Origin(OriginKind.MANUAL, null, null, null);
    }

    public static Origin imported() {
        return new Origin(OriginKind.IMPORTED, null, null, null);
    }

    public OriginKind getKind() {
        return kind;
    }

    public String getEngineId() {
        return engineId;
    }

    public String getEngineVersion() {
        return engineVersion;
    }

    public Double getScore() {
        return score;
    }

    @Override
    public String toString() {
        return kind == OriginKind.ENGINE ? engineId + "@" + engineVersion + " (" + score + ")" : kind.name();
    }
}
