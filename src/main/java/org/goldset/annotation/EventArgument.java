package org.goldset.annotation;

import java.time.Instant;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.goldset.base.InstantText;

/** One role of an event filled by an entity mention; reviewed on its own. */
@Entity
@Table(name = "event_argument")
public class EventArgument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id", nullable = false, updatable = false)
    private Event event;

    @Column(nullable = false)
    private String role;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "entity_mention_id", nullable = false)
    private EntityMention entity;

    @Embedded
    private ReviewState review;

    @Embedded
    private Origin origin;

    @Column(name = "created_at", nullable = false, updatable = false)
    @Convert(converter = InstantText.class)
    private Instant createdAt;

    @Version
    private long version;

    protected EventArgument() {
    }

    EventArgument(Event event, String role, EntityMention entity, ReviewState review, Origin origin,
                  Instant createdAt) {
        this.event = event;
        this.role = role;
        this.entity = entity;
        this.review = review;
        this.origin = origin;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Event getEvent() {
        return event;
    }

    public String getRole() {
        return role;
    }

    public EntityMention getEntity() {
        return entity;
    }

    void refill(EntityMention entity) {
        this.entity = entity;
    }

    public ReviewState getReview() {
        return review;
    }

    public void setReview(ReviewState review) {
        this.review = review;
    }

    public AnnotationStatus getStatus() {
        return review.getStatus();
    }

    public Origin getOrigin() {
        return origin;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
