package org.goldset.assignment;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.goldset.annotation.AnnotationLayers;
import org.goldset.base.AnalystIdentity;
import org.goldset.base.Database;
import org.goldset.base.GoldsetProperties;
import org.goldset.user.UserAccounts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who annotates which document (decision 017). A document needs a number of analysts
 * ({@code annotators_needed}, 1 by default); each analyst's claim on it is their row in
 * {@code layer_state}: assigned by a curator, or taken from the pool by "Review next". A claim taken
 * from the pool lapses when its analyst has not worked on the document for the abandonment timeout,
 * and the place goes back to the pool; their layer stays, and they may still finish it. Nothing runs
 * in the background for this: every question here counts only the claims that are alive.
 */
@PreAuthorize("hasRole('ANALYST')")
@Service
public class Assignments {

    /** The most analysts one document can ask for (the schema's CHECK says the same). */
    public static final int MOST_ANNOTATORS = 10;
    private static final int CHUNK = 500;
    /** Documents still being annotated: the only ones handed out, assigned or re-planned. */
    private static final String OPEN = "('NEW', 'IN_REVIEW')";
    /** A claim that holds a place: finished, assigned by a curator, or worked on recently. */
    private static final String LIVE = "(s.state = 'DONE' OR s.assigned_by IS NOT NULL OR s.active_at >= :cutoff)";

    private final NamedParameterJdbcTemplate jdbc;
    private final JdbcTemplate plainJdbc;
    private volatile Boolean postgresql;
    private final Clock clock;
    private final Duration abandonAfter;
    private final AnalystIdentity identity;
    private final UserAccounts users;
    private final AnnotationLayers layers;
    private final DocumentStages stages;

    Assignments(JdbcTemplate jdbc, Clock clock, GoldsetProperties properties, AnalystIdentity identity,
                UserAccounts users, AnnotationLayers layers, DocumentStages stages) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
        this.plainJdbc = jdbc;
        this.clock = clock;
        this.abandonAfter = properties.assignment() == null ? Duration.ofHours(2) : properties.assignment().abandonAfter();
        this.identity = identity;
        this.users = users;
        this.layers = layers;
        this.stages = stages;
    }

    /**
     * The logged-in analyst's next document, claimed for them: one they started or were assigned,
     * then one of the pool that needs another analyst and that they have not finished; in each case
     * the first after {@code afterDocumentId}, then from the start. Empty when there is none.
     */
    @Transactional
    public Optional<Long> reviewNext(long afterDocumentId) {
        String me = identity.name();
        MapSqlParameterSource mine = mine(me);
        Optional<Long> own = first("SELECT s.document_id FROM layer_state s WHERE s.layer = :me"
                + " AND s.state IN ('IN_PROGRESS', 'NEW') AND " + LIVE + " ORDER BY CASE WHEN s.document_id > :after THEN 0 ELSE 1 END, s.document_id LIMIT 1",
                mine.addValue("after", afterDocumentId));
        if (own.isPresent()) {
            return own;
        }
        Optional<Long> taken = takeFromPool(me, afterDocumentId);
        return taken.isPresent() || afterDocumentId == 0 ? taken : takeFromPool(me, 0);
    }

    private Optional<Long> takeFromPool(String me, long afterDocumentId) {
        MapSqlParameterSource mine = mine(me).addValue("after", afterDocumentId);
        // A few tries: between choosing a document and locking it another analyst may take its last place.
        for (int attempt = 0; attempt < 3; attempt++) {
            Optional<Long> candidate = first("SELECT d.id FROM " + pool() + " WHERE d.status IN " + OPEN
                    + " AND d.id > :after AND " + hasRoomFor(":me") + " ORDER BY d.id LIMIT 1", mine);
            if (candidate.isEmpty()) {
                return candidate;
            }
            MapSqlParameterSource claim = mine(me).addValue("document", candidate.get());
            // Locks the document's row on PostgreSQL; SQLite's write transactions run one at a time anyway.
            jdbc.update("UPDATE document SET annotators_needed = annotators_needed WHERE id = :document", claim);
            if (first("SELECT d.id FROM document d WHERE d.id = :document AND " + hasRoomFor(":me"), claim).isPresent()) {
                jdbc.update("""
                        INSERT INTO layer_state (document_id, layer, state, active_at) VALUES (:document, :me, 'NEW', :now)
                        ON CONFLICT (document_id, layer) DO UPDATE SET active_at = :now""", claim);
                return candidate;
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the logged-in user may open the document: curators open any; an analyst opens those
     * they were assigned, took from the pool or worked on.
     */
    @Transactional(readOnly = true)
    public boolean mayOpen(long documentId) {
        if (AnalystIdentity.hasRole("CURATOR")) {
            return true;
        }
        return first("SELECT document_id FROM layer_state WHERE document_id = :document AND layer = :me",
                mine(identity.name()).addValue("document", documentId)).isPresent();
    }

    /** How many analysts the document needs. */
    @Transactional(readOnly = true)
    public int annotatorsNeeded(long documentId) {
        return first("SELECT annotators_needed FROM document WHERE id = :document",
                new MapSqlParameterSource("document", documentId)).map(Long::intValue).orElse(1);
    }

    /** The logged-in analyst's documents by the state of their layer: their queue and progress. */
    @Transactional(readOnly = true)
    public Map<AnnotationLayers.State, Integer> queue() {
        Map<AnnotationLayers.State, Integer> counts = new EnumMap<>(AnnotationLayers.State.class);
        jdbc.query("SELECT state, count(*) FROM layer_state WHERE layer = :me GROUP BY state",
                mine(identity.name()), row -> {
                    counts.put(AnnotationLayers.State.valueOf(row.getString(1)), row.getInt(2));
                });
        return counts;
    }

    /**
     * Sets how many analysts annotate the documents (those still being annotated; the others are
     * left as they are and counted in the answer). A document that already has as many finished
     * layers as it now needs moves on at once, as if its last analyst had just finished it.
     */
    @PreAuthorize("hasRole('CURATOR')")
    @Transactional
    public Planned setAnnotatorsNeeded(List<Long> documentIds, int needed) {
        if (needed < 1 || needed > MOST_ANNOTATORS) {
            throw new IllegalArgumentException("a document needs between 1 and " + MOST_ANNOTATORS + " analysts, not " + needed);
        }
        int changed = 0;
        for (List<Long> chunk : chunks(documentIds)) {
            MapSqlParameterSource documents = new MapSqlParameterSource("documents", chunk).addValue("needed", needed);
            List<Long> open = jdbc.queryForList("SELECT id FROM document WHERE id IN (:documents) AND status IN " + OPEN,
                    documents, Long.class);
            changed += jdbc.update("UPDATE document SET annotators_needed = :needed WHERE id IN (:documents)"
                    + " AND status IN " + OPEN, documents);
            for (long documentId : open) {
                stages.moveOn(documentId, layers.settle(documentId), identity.name());
            }
        }
        return new Planned(changed, documentIds.size() - changed);
    }

    /**
     * Assigns the documents to the analysts (a claim taken from the pool becomes an assignment;
     * finished layers stay finished). A document assigned to more analysts than it needed now needs
     * that many. A document curating or done can be assigned too, for another opinion: when that
     * analyst finishes, it goes (back) to curation.
     */
    @PreAuthorize("hasRole('CURATOR')")
    @Transactional
    public Planned assign(List<Long> documentIds, List<String> analysts) {
        checkUsers(analysts);
        String curator = identity.name();
        int assigned = 0;
        int skipped = 0;
        for (List<Long> chunk : chunks(documentIds)) {
            List<Long> open = jdbc.queryForList("SELECT id FROM document WHERE id IN (:documents)",
                    new MapSqlParameterSource("documents", chunk), Long.class);
            skipped += chunk.size() - open.size();
            for (String analyst : analysts) {
                for (long documentId : open) {
                    assigned += jdbc.update("""
                            INSERT INTO layer_state (document_id, layer, state, assigned_by, active_at)
                            VALUES (:document, :analyst, 'NEW', :curator, :now)
                            ON CONFLICT (document_id, layer) DO UPDATE SET assigned_by = :curator
                            WHERE layer_state.state <> 'DONE'""", mine(curator).addValue("document", documentId)
                            .addValue("analyst", analyst).addValue("curator", curator));
                }
            }
            if (!open.isEmpty()) {
                jdbc.update("UPDATE document SET annotators_needed = (SELECT CASE"
                        + " WHEN count(*) <= document.annotators_needed THEN document.annotators_needed"
                        + " WHEN count(*) > " + MOST_ANNOTATORS + " THEN " + MOST_ANNOTATORS + " ELSE count(*) END FROM layer_state s"
                        + " WHERE s.document_id = document.id AND (s.state = 'DONE' OR s.assigned_by IS NOT NULL))"
                        + " WHERE id IN (:documents)", new MapSqlParameterSource("documents", open));
            }
        }
        return new Planned(assigned, skipped);
    }

    /**
     * Withdraws the analysts from the documents: an assignment not started yet disappears; a layer
     * already started goes back to the pool (the layer is kept, and its place can be taken by others).
     */
    @PreAuthorize("hasRole('CURATOR')")
    @Transactional
    public Planned withdraw(List<Long> documentIds, List<String> analysts) {
        int withdrawn = 0;
        for (List<Long> chunk : chunks(documentIds)) {
            MapSqlParameterSource claims = new MapSqlParameterSource("documents", chunk).addValue("analysts", analysts);
            withdrawn += jdbc.update("DELETE FROM layer_state WHERE document_id IN (:documents) AND layer IN (:analysts)"
                    + " AND state = 'NEW'", claims);
            withdrawn += jdbc.update("UPDATE layer_state SET assigned_by = NULL, active_at = NULL"
                    + " WHERE document_id IN (:documents) AND layer IN (:analysts) AND state = 'IN_PROGRESS'", claims);
        }
        return new Planned(withdrawn, 0);
    }

    /** How many documents (or claims) a curator's change touched, and how many it left as they were. */
    public record Planned(int changed, int leftAlone) {
    }

    /**
     * The documents still being annotated, walked in id order from V9's partial index, so the walk
     * stops at the first one with a place (SQLite's planner would otherwise read every open document
     * by status and sort them: 160 ms on 100,000; see docs/benchmarks.md).
     */
    private String pool() {
        if (postgresql == null) {
            postgresql = Database.isPostgresql(plainJdbc);
        }
        return postgresql ? "document d" : "document d INDEXED BY document_pool";
    }

    /** The document has a place for the analyst: fewer live claims than it needs, and none alive of theirs. */
    private static String hasRoomFor(String analyst) {
        return "d.annotators_needed > (SELECT count(*) FROM layer_state s WHERE s.document_id = d.id AND " + LIVE + ")"
                + " AND NOT EXISTS (SELECT 1 FROM layer_state s WHERE s.document_id = d.id AND s.layer = " + analyst
                + " AND " + LIVE + ")";
    }

    private void checkUsers(List<String> analysts) {
        Set<String> known = new HashSet<>(users.enabledNames());
        for (String analyst : analysts) {
            if (!known.contains(analyst)) {
                throw new IllegalArgumentException("there is no user named \"" + analyst + "\" who may log in");
            }
        }
    }

    private MapSqlParameterSource mine(String analyst) {
        return new MapSqlParameterSource("me", analyst).addValue("now", clock.instant().toString())
                .addValue("cutoff", clock.instant().minus(abandonAfter).toString());
    }

    private Optional<Long> first(String sql, MapSqlParameterSource parameters) {
        return jdbc.queryForList(sql, parameters, Long.class).stream().findFirst();
    }

    private static List<List<Long>> chunks(List<Long> ids) {
        List<List<Long>> chunks = new java.util.ArrayList<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            chunks.add(ids.subList(from, Math.min(ids.size(), from + CHUNK)));
        }
        return chunks;
    }
}
