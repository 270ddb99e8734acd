package org.goldset.annotation;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface EntityMentionRepository extends JpaRepository<EntityMention, Long> {

    List<EntityMention> findByDocumentIdAndLayerOrderByStartAscEndAscIdAsc(Long documentId, String layer);

    List<EntityMention> findByDocumentIdAndLayerAndReviewStatusInOrderByStartAscEndAscIdAsc(
            Long documentId, String layer, Collection<AnnotationStatus> statuses);

    long countByDocumentIdAndLayerAndReviewStatus(Long documentId, String layer, AnnotationStatus status);


    /**
     * Pending mentions anywhere in the corpus that cover this exact text with this label (SQLite's
     * substr counts code points, like our offsets). Uses the label to narrow the scan.
     */
    @Query(value = """
            select m.id from entity_mention m join document d on d.id = m.document_id
            where m.label = :label and m.status = 'PENDING' and m.layer = :layer
              and m.end_offset - m.start_offset = :length
              and substr(d.text, m.start_offset + 1, m.end_offset - m.start_offset) = :text
            order by m.document_id, m.start_offset""", nativeQuery = true)
    List<Long> findPendingCovering(@Param("text") String text, @Param("label") String label,
                                   @Param("layer") String layer, @Param("length") int codePointLength);

    /** In how many documents {@link #findPendingCovering} finds mentions (for the preview). */
    @Query(value = """
            select count(distinct m.document_id) from entity_mention m join document d on d.id = m.document_id
            where m.label = :label and m.status = 'PENDING' and m.layer = :layer
              and m.end_offset - m.start_offset = :length
              and substr(d.text, m.start_offset + 1, m.end_offset - m.start_offset) = :text""", nativeQuery = true)
    long countDocumentsWithPendingCovering(@Param("text") String text, @Param("label") String label,
                                           @Param("layer") String layer, @Param("length") int codePointLength);

    /** The event arguments that point at any of these mentions. */
    @Query("select a from EventArgument a where a.entity.id in :mentionIds order by a.id")
    List<EventArgument> findArgumentsOf(Collection<Long> mentionIds);

}
