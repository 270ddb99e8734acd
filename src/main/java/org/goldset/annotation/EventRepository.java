package org.goldset.annotation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EventRepository extends JpaRepository<Event, Long> {

    List<Event> findByDocumentIdAndLayerOrderByTriggerStartAscIdAsc(Long documentId, String layer);

    long countByDocumentIdAndLayer(Long documentId, String layer);

    long countByDocumentIdAndLayerAndReviewStatus(Long documentId, String layer, AnnotationStatus status);

}
