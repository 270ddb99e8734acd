package org.goldset.corpus;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DocumentRepository extends JpaRepository<Document, Long> {

    Optional<Document> findByExternalId(String externalId);

    long countByStatus(DocumentStatus status);

    /** Keyset paging for streaming exports: memory stays flat however large the corpus. */
    @Query("select d.id from Document d where d.id > ?1 and d.status in ?2 order by d.id")
    List<Long> findIdsAfter(long afterId, List<DocumentStatus> statuses, Limit limit);
}
