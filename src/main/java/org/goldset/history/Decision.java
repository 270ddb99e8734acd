package org.goldset.history;

import java.time.Instant;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.goldset.base.InstantText;
import org.hibernate.annotations.Immutable;

/** One row of the append-only decision history (the database refuses updates and deletes). */
@Entity
@Immutable
@Table(name = "decision")
public class Decision {

    public enum TargetKind { DOCUMENT, ENTITY, EVENT, ARGUMENT }

    public enum Action { CREATE, ACCEPT, REJECT, RELABEL, RESPAN, DELETE, STATUS, RESTORE, ADD_ARGUMENT, CHANGE_ARGUMENT, SPLIT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "decided_at", nullable = false)
    @Convert(converter = InstantText.class)
    private Instant decidedAt;

    @Column(nullable = false)
    private String actor;

    @Column(name = "document_id", nullable = false)
    private Long documentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_kind", nullable = false)
    private TargetKind targetKind;

    @Column(name = "target_id", nullable = false)
    private Long targetId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Action action;

    @Column(name = "before_state")
    private String beforeState;

    @Column(name = "after_state")
    private String afterState;

    @Column(name = "batch_id")
    private String batchId;

    protected Decision() {
    }

    Decision(Instant decidedAt, String actor, Long documentId, TargetKind targetKind, Long targetId, Action action,
             String beforeState, String afterState, String batchId) {
        this.decidedAt = decidedAt;
        this.actor = actor;
        this.documentId = documentId;
        this.targetKind = targetKind;
        this.targetId = targetId;
        this.action = action;
        this.beforeState = beforeState;
        this.afterState = afterState;
        this.batchId = batchId;
    }

    public Long getId() {
        return id;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getActor() {
        return actor;
    }

    public Long getDocumentId() {
        return documentId;
    }

    public TargetKind getTargetKind() {
        return targetKind;
    }

    public Long getTargetId() {
        return targetId;
    }

    public Action getAction() {
        return action;
    }

    public String getBeforeState() {
        return beforeState;
    }

    public String getAfterState() {
        return afterState;
    }

    public String getBatchId() {
        return batchId;
    }
}
