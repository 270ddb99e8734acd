package org.goldset.annotation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.goldset.base.InstantText;
import org.goldset.text.Span;

/** An event: a typed trigger span with role arguments that point at entity mentions. */
@Entity
@Table(name = "event")
public class Event {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "document_id", nullable = false, updatable = false)
    private Long documentId;

    @Column(name = "external_id")
    private String externalId;

    @Column(name = "event_type", nullable = false)
    private String type;

    @Column(name = "trigger_start", nullable = false)
    private int triggerStart;

    @Column(name = "trigger_end", nullable = false)
    private int triggerEnd;

    /** Whose annotation this is: {@link Layers#BASE}, {@link Layers#GOLD} or an analyst's name. */
    @Column(nullable = false, updatable = false)
    private String layer = Layers.BASE;

    /** The annotation of another layer this one was copied from; null for one made here. */
    @Column(name = "copied_from", updatable = false)
    private Long copiedFrom;

    @Embedded
    private ReviewState review;

    @Embedded
    private Origin origin;

    /** Attributes such as modality or normalized time; values are JSON text. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "event_attribute", joinColumns = @JoinColumn(name = "event_id"))
    @MapKeyColumn(name = "attr_key")
    @Column(name = "attr_value", nullable = false)
    @OrderBy
    private Map<String, String> attributesJson = new LinkedHashMap<>();

    @OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("id")
    private List<EventArgument> arguments = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    @Convert(converter = InstantText.class)
    private Instant createdAt;

    @Version
    private long version;

    protected Event() {
    }

    public Event(Long documentId, String type, Span trigger, ReviewState review, Origin origin, Instant createdAt) {
        this.documentId = documentId;
        this.type = type;
        this.triggerStart = trigger.start();
        this.triggerEnd = trigger.end();
        this.review = review;
        this.origin = origin;
        this.createdAt = createdAt;
    }

    public EventArgument addArgument(String role, EntityMention entity, ReviewState review, Origin origin) {
        EventArgument argument = new EventArgument(this, role, entity, review, origin, createdAt);
        arguments.add(argument);
        return argument;
    }

    /** Removes one argument; its row is deleted with the event's next flush. */
    public void removeArgument(EventArgument argument) {
        arguments.remove(argument);
    }

    public void retype(String type) {
        this.type = type;
    }

    public Long getId() {
        return id;
    }

    public Long getDocumentId() {
        return documentId;
    }

    public String getLayer() {
        return layer;
    }

    public Long getCopiedFrom() {
        return copiedFrom;
    }

    /** Puts a new annotation, not yet stored, into a layer. */
    public Event inLayer(String layer) {
        this.layer = layer;
        return this;
    }

    public String getExternalId() {
        return externalId;
    }

    public void setExternalId(String externalId) {
        this.externalId = externalId;
    }

    public String getType() {
        return type;
    }

    public Span getTrigger() {
        return new Span(triggerStart, triggerEnd);
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

    public Map<String, String> getAttributesJson() {
        return attributesJson;
    }

    public List<EventArgument> getArguments() {
        return arguments;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
