package org.goldset.annotation;

import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every document's annotations by status, for lists of documents: the corpus does not know what is
 * annotated in it, so the counts come from here. The database keeps them (table
 * {@code document_tally}, maintained by triggers on every write of an entity or event, see
 * migration V5), so reading them costs one row per document, however many annotations there are.
 */
@Service
public class AnnotationTallies {

    private static final String COLUMNS = "pending, accepted, rejected, events, pending_events";

    private final JdbcTemplate jdbc;

    AnnotationTallies(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The tally of each document. */
    @Transactional(readOnly = true)
    public Map<Long, DocumentTally> byDocument() {
        Map<Long, DocumentTally> tallies = new HashMap<>();
        jdbc.query("SELECT document_id, " + COLUMNS + " FROM document_tally", row -> {
            tallies.put(row.getLong(1), new DocumentTally(row.getLong(2), row.getLong(3), row.getLong(4),
                    row.getLong(5), row.getLong(6)));
        });
        return tallies;
    }
}
