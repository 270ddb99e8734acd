package org.goldset.annotation;

import java.time.Instant;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.goldset.base.InstantText;

/** The part every annotation shares: its status and who set it, when. */
@Embeddable
public class ReviewState {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AnnotationStatus status;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    @Convert(converter = InstantText.class)
    private Instant decidedAt;

    protected ReviewState() {
    }

    public ReviewState(AnnotationStatus status, String decidedBy, Instant decidedAt) {
        this.status = status;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    public static ReviewState pending() {
        return new ReviewState(AnnotationStatus.PENDING, null, null);
    }

    public AnnotationStatus getStatus() {
        return status;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
