package org.goldset.annotation;

import java.time.Instant;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.goldset.base.InstantText;
import org.goldset.text.Span;

/** A marked span of a document with an entity label. Offsets are code points, end exclusive. */
@Entity
@Table(name = "entity_mention")
public class EntityMention {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "document_id", nullable = false, updatable = false)
    private Long documentId;

    /** The id this annotation had in an imported file, kept so that exports can repeat it. */
    @Column(name = "external_id")
    private String externalId;

    @Column(name = "start_offset", nullable = false)
    private int start;

    @Column(name = "end_offset", nullable = false)
    private int end;

    @Column(nullable = false)
    private String label;

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

    @Column(name = "canonical_name")
    private String canonicalName;

    @Column(name = "kb_id")
    private String kbId;

    /** JSON array of the engines that proposed this span, with their labels and scores. */
    @Column(name = "engines")
    private String enginesJson;

    /** JSON array of other labels engines proposed for exactly this span. */
    @Column(name = "alternatives")
    private String alternativesJson;

    @Column(name = "created_at", nullable = false, updatable = false)
    @Convert(converter = InstantText.class)
    private Instant createdAt;

    @Version
    private long version;

    protected EntityMention() {
    }

    public EntityMention(Long documentId, Span span, String label, ReviewState review, Origin origin,
                         Instant createdAt) {
        this.documentId = documentId;
        this.start = span.start();
        this.end = span.end();
        this.label = label;
        this.review = review;
        this.origin = origin;
        this.createdAt = createdAt;
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
    public EntityMention inLayer(String layer) {
        this.layer = layer;
        return this;
    }

    public String getExternalId() {
        return externalId;
    }

    public void setExternalId(String externalId) {
        this.externalId = externalId;
    }

    public Span getSpan() {
        return new Span(start, end);
    }

    public String getLabel() {
        return label;
    }

    void relabel(String newLabel) {
        this.label = newLabel;
    }

    void respan(Span span) {
        this.start = span.start();
        this.end = span.end();
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

    public String getCanonicalName() {
        return canonicalName;
    }

    public void setCanonicalName(String canonicalName) {
        this.canonicalName = canonicalName;
    }

    public String getKbId() {
        return kbId;
    }

    public void setKbId(String kbId) {
        this.kbId = kbId;
    }

    public String getEnginesJson() {
        return enginesJson;
    }

    public String getAlternativesJson() {
        return alternativesJson;
    }

    /** Machine metadata of a pending suggestion; refreshed by re-runs without a history row. */
    public void setSuggestionDetails(String enginesJson, String alternativesJson, Origin origin) {
        this.enginesJson = enginesJson;
        this.alternativesJson = alternativesJson;
        this.origin = origin;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
