package org.goldset.annotation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EventRepository extends JpaRepository<Event, Long> {

    List<Event> findByDocumentIdOrderByTriggerStartAscIdAsc(Long documentId);

    long countByDocumentId(Long documentId);

    long countByDocumentIdAndReviewStatus(Long documentId, AnnotationStatus status);

}
