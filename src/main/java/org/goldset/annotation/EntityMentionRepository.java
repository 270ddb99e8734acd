package org.goldset.annotation;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface EntityMentionRepository extends JpaRepository<EntityMention, Long> {

    List<EntityMention> findByDocumentIdOrderByStartAscEndAscIdAsc(Long documentId);

    List<EntityMention> findByDocumentIdAndReviewStatusInOrderByStartAscEndAscIdAsc(
            Long documentId, Collection<AnnotationStatus> statuses);

    long countByDocumentIdAndReviewStatus(Long documentId, AnnotationStatus status);
}
