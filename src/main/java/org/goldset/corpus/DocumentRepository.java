package org.goldset.corpus;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DocumentRepository extends JpaRepository<Document, Long> {

    @Query("select new org.goldset.corpus.DocumentSummary(d.id, d.externalId, d.title, d.outlet, d.publishedOn,"
            + " d.status, d.importedAt, d.textLength) from Document d order by d.id")
    List<DocumentSummary> findSummaries();

    Optional<Document> findByExternalId(String externalId);

    long countByStatus(DocumentStatus status);

    /** Keyset paging for streaming exports: memory stays flat however large the corpus. */
    @Query("select d.id from Document d where d.id > ?1 and d.status in ?2 order by d.id")
    List<Long> findIdsAfter(long afterId, List<DocumentStatus> statuses, Limit limit);
}
