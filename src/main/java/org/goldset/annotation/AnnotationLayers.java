package org.goldset.annotation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.goldset.base.Json;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The layers of a document (decision 016): an analyst's layer starts as a copy of the shared
 * {@link Layers#BASE} the first time they open the document; finishing it copies it to
 * {@link Layers#GOLD}. Copies are made in the database, one statement per table, and each copied row
 * keeps the id of the row it was copied from.
 */
@Service
public class AnnotationLayers {

    public enum State { NEW, IN_PROGRESS, DONE }

    /** What finishing a layer made of the document (decision 017). */
    public enum Finished {
        /** It was the only layer and one analyst was needed: it is now the gold. */
        GOLD,
        /** Two or more analysts have finished it, as many as it needs: it waits for a curator. */
        CURATING,
        /** It needs more analysts than have finished it. */
        WAITING
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    AnnotationLayers(JdbcTemplate jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
        this.clock = clock;
        this.events = events;
    }

    /**
     * Starts the analyst's layer of the document unless it exists: a copy of the shared layer, and
     * the state IN_PROGRESS. Returns true when this call started it.
     */
    @Transactional
    public boolean open(long documentId, String analyst) {
        requireAnalysts(analyst);
        int started = jdbc.update("""
                INSERT INTO layer_state (document_id, layer, state, started_at) VALUES (:document, :layer, 'IN_PROGRESS', :now)
                ON CONFLICT (document_id, layer) DO UPDATE SET state = 'IN_PROGRESS', started_at = :now
                WHERE layer_state.state = 'NEW'""", params(documentId, analyst));
        // Opening counts as working on it: the abandonment timeout starts again (decision 017).
        jdbc.update("UPDATE layer_state SET active_at = :now WHERE document_id = :document AND layer = :layer"
                + " AND state = 'IN_PROGRESS'", params(documentId, analyst));
        boolean copied = started > 0 && !hasRows(documentId, analyst);
        if (copied) {
            copy(List.of(documentId), Layers.BASE, analyst);
        }
        return copied;
    }

    /**
     * Marks the analyst's layer DONE. When it is the document's only finished layer and one analyst
     * is needed, it becomes the gold (today's single-analyst path); when as many analysts as needed,
     * and at least two, have finished, the document waits for curation.
     */
    @Transactional
    public Finished finish(long documentId, String analyst) {
        requireAnalysts(analyst);
        markDone(documentId, analyst);
        return settle(documentId);
    }

    /**
     * Records an analyst's layer imported from elsewhere (its rows stored already) as DONE, and says
     * what that makes of the document, as {@link #finish} does, except that an imported layer is never
     * made gold by itself: it is there to be compared and curated (a single one leaves it WAITING).
     */
    @Transactional
    public Finished imported(long documentId, String analyst) {
        requireAnalysts(analyst);
        markDone(documentId, analyst);
        jdbc.update("INSERT INTO document_tally (document_id, layer) VALUES (:document, :layer) ON CONFLICT DO NOTHING",
                params(documentId, analyst));
        Finished finished = outcome(documentId);
        // An imported layer never moves a DONE document (its gold stays), so curation starts only for the others.
        if (finished == Finished.CURATING && !"DONE".equals(jdbc.queryForObject("SELECT status FROM document WHERE id = :document",
                new MapSqlParameterSource("document", documentId), String.class))) {
            events.publishEvent(new LayersAwaitCuration(documentId));
        }
        return finished == Finished.GOLD ? Finished.WAITING : finished;
    }

    /**
     * What the finished layers make of the document (see {@link Finished}); when that is its gold,
     * the gold is made: a copy of the one finished layer.
     */
    @Transactional
    public Finished settle(long documentId) {
        Finished finished = outcome(documentId);
        if (finished == Finished.GOLD) {
            replace(List.of(documentId), onlyFinishedLayer(documentId), Layers.GOLD);
        } else if (finished == Finished.CURATING) {
            events.publishEvent(new LayersAwaitCuration(documentId));
        }
        return finished;
    }

    private String onlyFinishedLayer(long documentId) {
        return jdbc.queryForObject("SELECT layer FROM layer_state WHERE document_id = :document"
                + " AND state = 'DONE' AND layer NOT LIKE '@%'", new MapSqlParameterSource("document", documentId),
                String.class);
    }

    /** How many analysts have finished their layer of the document. */
    @Transactional(readOnly = true)
    public int finishedLayers(long documentId) {
        Integer done = jdbc.queryForObject("SELECT count(*) FROM layer_state WHERE document_id = :document"
                + " AND state = 'DONE' AND layer NOT LIKE '@%'", new MapSqlParameterSource("document", documentId),
                Integer.class);
        return done == null ? 0 : done;
    }

    private void markDone(long documentId, String analyst) {
        jdbc.update("""
                INSERT INTO layer_state (document_id, layer, state, started_at, finished_at, active_at)
                VALUES (:document, :layer, 'DONE', :now, :now, :now)
                ON CONFLICT (document_id, layer) DO UPDATE SET state = 'DONE', finished_at = :now, active_at = :now""",
                params(documentId, analyst));
    }

    private Finished outcome(long documentId) {
        MapSqlParameterSource document = new MapSqlParameterSource("document", documentId);
        Integer needed = jdbc.queryForObject("SELECT annotators_needed FROM document WHERE id = :document", document,
                Integer.class);
        int done = finishedLayers(documentId);
        if (needed == null || done < needed) {
            return Finished.WAITING;
        }
        // One finished layer replaces a gold made from it (finished again after changes) or from the shared
        // layer (imported, or from before layers), never one made from another analyst's layer or by a
        // curator: then two versions wait for a curator.
        return done == 1 && !goldFromElsewhere(documentId, onlyFinishedLayer(documentId)) ? Finished.GOLD
                : Finished.CURATING;
    }

    private boolean goldFromElsewhere(long documentId, String layer) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                SELECT EXISTS (SELECT 1 FROM entity_mention g JOIN entity_mention source ON source.id = g.copied_from
                        WHERE g.document_id = :document AND g.layer = '@gold' AND source.layer <> :layer
                        AND source.layer NOT LIKE '@%')
                    OR EXISTS (SELECT 1 FROM event g JOIN event source ON source.id = g.copied_from
                        WHERE g.document_id = :document AND g.layer = '@gold' AND source.layer <> :layer
                        AND source.layer NOT LIKE '@%')
                    OR EXISTS (SELECT 1 FROM entity_mention g WHERE g.document_id = :document AND g.layer = '@gold'
                        AND g.copied_from IS NULL)""", params(documentId, layer), Boolean.class));
    }

    /**
     * Whether opening the document again would change nothing worth a write: the analyst's layer is
     * DONE, or IN_PROGRESS and active since {@code since}. Such an open needs no write lock, so it
     * goes on while another process (an import) holds it.
     */
    @Transactional(readOnly = true)
    public boolean openedSince(long documentId, String analyst, Instant since) {
        List<String> fresh = jdbc.queryForList("""
                SELECT state FROM layer_state WHERE document_id = :document AND layer = :layer
                AND (state = 'DONE' OR (state = 'IN_PROGRESS' AND active_at >= :since))""",
                params(documentId, analyst).addValue("since", since.toString()), String.class);
        return !fresh.isEmpty();
    }

    /** The state of the analyst's layer of the document, NEW when they have none. */
    @Transactional(readOnly = true)
    public State state(long documentId, String analyst) {
        List<String> states = jdbc.queryForList("SELECT state FROM layer_state WHERE document_id = :document AND layer = :layer",
                params(documentId, analyst), String.class);
        return states.isEmpty() ? State.NEW : State.valueOf(states.getFirst());
    }

    /** The analysts' layers of the document still being worked on: suggestion runs refresh them too. */
    @Transactional(readOnly = true)
    public List<String> inProgress(long documentId) {
        return jdbc.queryForList("SELECT layer FROM layer_state WHERE document_id = :document AND state = 'IN_PROGRESS'"
                + " ORDER BY layer", new MapSqlParameterSource("document", documentId), String.class);
    }

    /** Makes the documents' gold an exact copy of their shared layer (documents imported as DONE). */
    @Transactional
    public void goldFromBase(List<Long> documentIds) {
        if (!documentIds.isEmpty()) {
            replace(documentIds, Layers.BASE, Layers.GOLD);
        }
    }

    /** Makes {@code to} an exact copy of {@code from}: its rows are removed, then copied. */
    void replace(List<Long> documentIds, String from, String to) {
        MapSqlParameterSource target = new MapSqlParameterSource("documents", documentIds).addValue("layer", to);
        // Events first: their arguments point at entities of the same layer.
        jdbc.update("DELETE FROM event WHERE document_id IN (:documents) AND layer = :layer", target);
        jdbc.update("DELETE FROM entity_mention WHERE document_id IN (:documents) AND layer = :layer", target);
        copy(documentIds, from, to);
    }

    /**
     * Copies layer {@code from} of the documents into layer {@code to}, which must be empty, in id
     * order, so the copies' ids keep the originals' order (exports break ties by id).
     */
    private void copy(List<Long> documentIds, String from, String to) {
        // A gold copied from one analyst's layer says so (decision 019); a gold copied from the shared layer keeps
        // what an imported gold said; an analyst's layer starts without.
        boolean single = Layers.GOLD.equals(to) && Layers.isAnalysts(from);
        String provenance = single ? "{\"how\":\"single\",\"analysts\":[" + Json.MAPPER.writeValueAsString(from) + "]}" : null;
        MapSqlParameterSource copy = new MapSqlParameterSource("documents", documentIds).addValue("from", from)
                .addValue("to", to).addValue("provenance", provenance)
                .addValue("mode", single ? "single" : Layers.GOLD.equals(to) ? "keep" : "none");
        // The layer's counts exist even when it is empty, so the documents list can always show them.
        jdbc.update("INSERT INTO document_tally (document_id, layer) SELECT id, :to FROM document"
                + " WHERE id IN (:documents) ON CONFLICT DO NOTHING", copy);
        jdbc.update("""
                INSERT INTO entity_mention (document_id, layer, copied_from, external_id, start_offset, end_offset, label,
                    status, origin_kind, engine_id, engine_version, score, decided_by, decided_at, canonical_name, kb_id,
                    created_at, version, engines, alternatives, provenance)
                SELECT document_id, :to, id, external_id, start_offset, end_offset, label, status, origin_kind, engine_id,
                    engine_version, score, decided_by, decided_at, canonical_name, kb_id, created_at, 0, engines, alternatives,
                    CASE WHEN :mode = 'single' AND status = 'ACCEPTED' THEN :provenance WHEN :mode = 'keep' THEN provenance END
                FROM entity_mention WHERE document_id IN (:documents) AND layer = :from ORDER BY id""", copy);
        jdbc.update("""
                INSERT INTO event (document_id, layer, copied_from, external_id, event_type, trigger_start, trigger_end,
                    status, origin_kind, engine_id, engine_version, score, decided_by, decided_at, created_at, version,
                    provenance)
                SELECT document_id, :to, id, external_id, event_type, trigger_start, trigger_end, status, origin_kind,
                    engine_id, engine_version, score, decided_by, decided_at, created_at, 0,
                    CASE WHEN :mode = 'single' AND status = 'ACCEPTED' THEN :provenance WHEN :mode = 'keep' THEN provenance END
                FROM event WHERE document_id IN (:documents) AND layer = :from ORDER BY id""", copy);
        jdbc.update("""
                INSERT INTO event_attribute (event_id, attr_key, attr_value)
                SELECT copy.id, a.attr_key, a.attr_value
                FROM event copy JOIN event_attribute a ON a.event_id = copy.copied_from
                WHERE copy.document_id IN (:documents) AND copy.layer = :to ORDER BY copy.id, a.attr_key""", copy);
        jdbc.update("""
                INSERT INTO event_argument (event_id, role, entity_mention_id, status, origin_kind, engine_id,
                    engine_version, score, decided_by, decided_at, created_at, version, provenance)
                SELECT copy.id, a.role, entity.id, a.status, a.origin_kind, a.engine_id, a.engine_version, a.score,
                    a.decided_by, a.decided_at, a.created_at, 0, CASE WHEN :mode = 'single' AND a.status = 'ACCEPTED' THEN :provenance WHEN :mode = 'keep' THEN a.provenance END
                FROM event copy
                JOIN event_argument a ON a.event_id = copy.copied_from
                JOIN entity_mention entity ON entity.copied_from = a.entity_mention_id
                    AND entity.document_id IN (:documents) AND entity.layer = :to
                WHERE copy.document_id IN (:documents) AND copy.layer = :to ORDER BY a.id""", copy);
    }

    private boolean hasRows(long documentId, String layer) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                SELECT EXISTS (SELECT 1 FROM entity_mention WHERE document_id = :document AND layer = :layer)
                    OR EXISTS (SELECT 1 FROM event WHERE document_id = :document AND layer = :layer)""",
                params(documentId, layer), Boolean.class));
    }

    private MapSqlParameterSource params(long documentId, String layer) {
        return new MapSqlParameterSource("document", documentId).addValue("layer", layer)
                .addValue("now", clock.instant().toString());
    }

    private static void requireAnalysts(String layer) {
        if (!Layers.isAnalysts(layer)) {
            throw new IllegalArgumentException("\"" + layer + "\" is a shared layer, not an analyst's");
        }
    }
}
