package org.goldset.history;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DecisionRepository extends JpaRepository<Decision, Long> {

    List<Decision> findByTargetKindAndTargetIdOrderById(Decision.TargetKind targetKind, Long targetId);

    List<Decision> findByDocumentIdOrderById(Long documentId);

    List<Decision> findByDocumentIdAndTargetKindAndActionOrderById(Long documentId, Decision.TargetKind targetKind,
                                                                   Decision.Action action);
}
