package org.goldset.curation;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** Keeps a document's count of undecided gold units, which orders the curation queue, up to date. */
final class CurationCounts {

    private CurationCounts() {
    }

    static void refresh(NamedParameterJdbcTemplate jdbc, long documentId) {
        jdbc.update("""
                UPDATE curation SET open_units =
                    (SELECT count(*) FROM entity_mention WHERE document_id = :document AND layer = '@gold' AND status = 'PENDING')
                    + (SELECT count(*) FROM event WHERE document_id = :document AND layer = '@gold' AND status = 'PENDING')
                    + (SELECT count(*) FROM event_argument a JOIN event e ON e.id = a.event_id
                       WHERE e.document_id = :document AND e.layer = '@gold' AND a.status = 'PENDING')
                WHERE document_id = :document""", new MapSqlParameterSource("document", documentId));
    }
}
