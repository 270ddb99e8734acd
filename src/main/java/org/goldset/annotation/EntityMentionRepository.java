package org.goldset.annotation;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EntityMentionRepository extends JpaRepository<EntityMention, Long> {

    List<EntityMention> findByDocumentIdOrderByStartAscEndAscIdAsc(Long documentId);

    List<EntityMention> findByDocumentIdAndReviewStatusInOrderByStartAscEndAscIdAsc(
            Long documentId, Collection<AnnotationStatus> statuses);

    long countByDocumentIdAndReviewStatus(Long documentId, AnnotationStatus status);

    /** The event arguments that point at any of these mentions. */
    @Query("select a from EventArgument a where a.entity.id in :mentionIds order by a.id")
    List<EventArgument> findArgumentsOf(Collection<Long> mentionIds);

    /** Which labels and engines each document has pending suggestions of (for list filters). */
    @Query("select distinct m.documentId, m.label, m.origin.engineId from EntityMention m"
            + " where m.review.status = org.goldset.annotation.AnnotationStatus.PENDING")
    List<Object[]> findPendingLabelsAndEngines();
}
