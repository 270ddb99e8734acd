package org.goldset.corpus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.goldset.base.InstantText;
import org.goldset.base.LocalDateText;

/** An imported article. Its text never changes after import (the database enforces it). */
@Entity
@Table(name = "document")
public class Document {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "external_id", nullable = false, updatable = false)
    private String externalId;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false, updatable = false)
    private String text;

    @Column(name = "text_hash", nullable = false, updatable = false)
    private String textHash;

    @Column(name = "text_length", nullable = false, updatable = false)
    private int textLength;

    private String outlet;
    private String byline;

    @Column(name = "published_on")
    @Convert(converter = LocalDateText.class)
    private LocalDate publishedOn;

    private String url;

    @Column(name = "source_file")
    private String sourceFile;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DocumentStatus status = DocumentStatus.NEW;

    @Column(name = "imported_at", nullable = false, updatable = false)
    @Convert(converter = InstantText.class)
    private Instant importedAt;

    /** Free key/values; each value is JSON text so that any JSON value round-trips exactly. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "document_metadata", joinColumns = @JoinColumn(name = "document_id"))
    @MapKeyColumn(name = "meta_key")
    @Column(name = "meta_value", nullable = false)
    @OrderBy
    private Map<String, String> extraMetadataJson = new LinkedHashMap<>();

    @Version
    private long version;

    protected Document() {
    }

    public Document(String externalId, String title, String text, String textHash, Instant importedAt) {
        this.externalId = externalId;
        this.title = title;
        this.text = text;
        this.textHash = textHash;
        this.textLength = text.codePointCount(0, text.length());
        this.importedAt = importedAt;
    }

    public Long getId() {
        return id;
    }

    public String getExternalId() {
        return externalId;
    }

    public String getTitle() {
        return title;
    }

    public String getText() {
        return text;
    }

    public String getTextHash() {
        return textHash;
    }

    /** Length in Unicode code points, the unit of every stored offset. */
    public int getTextLength() {
        return textLength;
    }

    public String getOutlet() {
        return outlet;
    }

    public void setOutlet(String outlet) {
        this.outlet = outlet;
    }

    public String getByline() {
        return byline;
    }

    public void setByline(String byline) {
        this.byline = byline;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public void setPublishedOn(LocalDate publishedOn) {
        this.publishedOn = publishedOn;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getSourceFile() {
        return sourceFile;
    }

    public void setSourceFile(String sourceFile) {
        this.sourceFile = sourceFile;
    }

    public DocumentStatus getStatus() {
        return status;
    }

    public void setStatus(DocumentStatus status) {
        this.status = status;
    }

    public Instant getImportedAt() {
        return importedAt;
    }

    public Map<String, String> getExtraMetadataJson() {
        return extraMetadataJson;
    }

    public long getVersion() {
        return version;
    }
}
