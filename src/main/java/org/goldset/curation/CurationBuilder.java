package org.goldset.curation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.goldset.annotation.AnnotationStatus;
import org.goldset.annotation.Layers;
import org.goldset.annotation.LayersAwaitCuration;
import org.goldset.base.GoldsetProperties;
import org.goldset.base.RowIds;
import org.goldset.corpus.Document;
import org.goldset.corpus.DocumentService;
import org.goldset.curation.LayerRows.ArgumentRow;
import org.goldset.curation.LayerRows.EntityRow;
import org.goldset.curation.LayerRows.EventRow;
import org.goldset.curation.UnitKeys.ArgumentKey;
import org.goldset.curation.UnitKeys.EntityKey;
import org.goldset.curation.UnitKeys.TriggerKey;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Builds a document's gold for curation when its analysts have finished (decision 019): one gold
 * row for every unit any analyst gave, accepted at once when the merge strategy says so
 * (unanimous, or a majority), pending for the curator otherwise. Runs again, adding only the units
 * it does not have yet, when one more analyst finishes a document already in curation: the
 * curator's decisions are never touched.
 */
@Component
class CurationBuilder {

    private final JdbcTemplate plainJdbc;
    private final NamedParameterJdbcTemplate jdbc;
    private final GoldsetProperties.Curation strategy;
    private final Clock clock;
    private final DocumentService documents;

    CurationBuilder(JdbcTemplate jdbc, GoldsetProperties properties, Clock clock, DocumentService documents) {
        this.documents = documents;
        this.plainJdbc = jdbc;
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
        this.strategy = properties.curation() != null ? properties.curation() : new GoldsetProperties.Curation(
                GoldsetProperties.Curation.Merge.UNANIMOUS, 2);
        this.clock = clock;
    }

    /**
     * Just before the transaction that decided it commits: an import hands out row ids from a counter
     * of its own (base.RowIds) for as long as it runs, so rows inserted in between would take ids it
     * is about to use. Before commit, every batch of the import is written.
     */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void onLayersAwaitCuration(LayersAwaitCuration event) {
        build(event.documentId());
    }

    void build(long documentId) {
        MapSqlParameterSource document = new MapSqlParameterSource("document", documentId)
                .addValue("now", clock.instant().toString());
        boolean started = Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM curation WHERE document_id = :document)", document, Boolean.class));
        if (!started) {
            // A gold made before (one analyst's, or imported) gives way to the analysts' versions.
            jdbc.update("DELETE FROM event WHERE document_id = :document AND layer = '@gold'", document);
            jdbc.update("DELETE FROM entity_mention WHERE document_id = :document AND layer = '@gold'", document);
        }
        LayerRows rows = LayerRows.read(jdbc, documentId);
        Votes votes = Votes.of(rows);
        int analysts = rows.analysts().size();
        RowIds ids = new RowIds(plainJdbc);
        String now = clock.instant().toString();

        Map<EntityKey, Long> goldEntities = new HashMap<>();
        for (EntityRow row : rows.entities()) {
            if (row.layer().equals(Layers.GOLD)) {
                goldEntities.putIfAbsent(new EntityKey(row.start(), row.end(), row.label()), row.id());
            }
        }
        List<MapSqlParameterSource> newEntities = new ArrayList<>();
        votes.entities.forEach((key, voters) -> {
            if (!goldEntities.containsKey(key)) {
                long id = ids.next("entity_mention");
                goldEntities.put(key, id);
                newEntities.add(copy(id, votes.entitySource.get(key), voters, analysts, now));
            }
        });
        jdbc.batchUpdate("""
                INSERT INTO entity_mention (id, document_id, layer, copied_from, start_offset, end_offset, label, status,
                    origin_kind, engine_id, engine_version, score, decided_by, decided_at, canonical_name, kb_id,
                    created_at, version, engines, alternatives, provenance)
                SELECT :id, document_id, '@gold', id, start_offset, end_offset, label, :status, origin_kind, engine_id,
                    engine_version, score, NULL, :decidedAt, canonical_name, kb_id, :now, 0, engines, alternatives,
                    :provenance
                FROM entity_mention WHERE id = :source""", newEntities.toArray(MapSqlParameterSource[]::new));

        Map<TriggerKey, Long> goldEvents = new HashMap<>();
        for (EventRow row : rows.events()) {
            if (row.layer().equals(Layers.GOLD)) {
                goldEvents.putIfAbsent(new TriggerKey(row.start(), row.end(), row.type()), row.id());
            }
        }
        List<MapSqlParameterSource> newEvents = new ArrayList<>();
        votes.triggers.forEach((key, voters) -> {
            if (!goldEvents.containsKey(key)) {
                long id = ids.next("event");
                goldEvents.put(key, id);
                newEvents.add(copy(id, votes.eventSource.get(key), voters, analysts, now));
            }
        });
        MapSqlParameterSource[] eventBatch = newEvents.toArray(MapSqlParameterSource[]::new);
        jdbc.batchUpdate("""
                INSERT INTO event (id, document_id, layer, copied_from, event_type, trigger_start, trigger_end, status,
                    origin_kind, engine_id, engine_version, score, decided_by, decided_at, created_at, version, provenance)
                SELECT :id, document_id, '@gold', id, event_type, trigger_start, trigger_end, :status, origin_kind,
                    engine_id, engine_version, score, NULL, :decidedAt, :now, 0, :provenance
                FROM event WHERE id = :source""", eventBatch);
        jdbc.batchUpdate("INSERT INTO event_attribute (event_id, attr_key, attr_value) SELECT :id, attr_key, attr_value"
                + " FROM event_attribute WHERE event_id = :source", eventBatch);

        Set<ArgumentKey> goldArguments = goldArgumentKeys(rows);
        List<MapSqlParameterSource> newArguments = new ArrayList<>();
        votes.arguments.forEach((key, voters) -> {
            if (!goldArguments.contains(key)) {
                Votes.ArgumentSource source = votes.argumentSource.get(key);
                Long filler = goldEntities.get(new EntityKey(key.fillerStart(), key.fillerEnd(), source.fillerLabel()));
                newArguments.add(copy(ids.next("event_argument"), source.argumentId(), voters, analysts, now)
                        .addValue("event", goldEvents.get(key.event())).addValue("entity", filler));
            }
        });
        jdbc.batchUpdate("""
                INSERT INTO event_argument (id, event_id, role, entity_mention_id, status, origin_kind, engine_id,
                    engine_version, score, decided_by, decided_at, created_at, version, provenance)
                SELECT :id, :event, role, :entity, :status, origin_kind, engine_id, engine_version, score, NULL,
                    :decidedAt, :now, 0, :provenance
                FROM event_argument WHERE id = :source""", newArguments.toArray(MapSqlParameterSource[]::new));

        int differences = (int) (votes.entities.values().stream().filter(v -> v.size() < analysts).count()
                + votes.triggers.values().stream().filter(v -> v.size() < analysts).count()
                + votes.arguments.values().stream().filter(v -> v.size() < analysts).count());
        document.addValue("analysts", String.join(",", rows.analysts())).addValue("differences", differences);
        jdbc.update("""
                INSERT INTO curation (document_id, differences, open_units, analysts, started_at)
                VALUES (:document, :differences, 0, :analysts, :now)
                ON CONFLICT (document_id) DO UPDATE SET differences = :differences, analysts = :analysts,
                    finished_at = NULL""", document);
        if (started) {
            revote(documentId, now);
        }
        if (strategy.merge() == GoldsetProperties.Curation.Merge.MAJORITY) {
            rejectOutvoted(documentId, now);
        }
        CurationCounts.refresh(jdbc, documentId);
    }

    /**
     * One more analyst finished a document already in curation: what the merge decided by itself is
     * decided again with the new votes (a unit two of two gave is no longer unanimous when a third
     * leaves it out); what a curator decided stays.
     */
    private void revote(long documentId, String now) {
        LayerRows rows = LayerRows.read(jdbc, documentId);
        Votes votes = Votes.of(rows);
        int analysts = rows.analysts().size();
        Map<Long, EntityRow> entities = rows.entitiesById();
        Map<Long, EventRow> events = rows.eventsById();
        for (EntityRow row : rows.entities()) {
            if (row.layer().equals(Layers.GOLD)) {
                decideAgain("entity_mention", row.id(), row.status(), row.provenance(),
                        votes.of(new EntityKey(row.start(), row.end(), row.label())), analysts, now);
            }
        }
        for (EventRow row : rows.events()) {
            if (row.layer().equals(Layers.GOLD)) {
                decideAgain("event", row.id(), row.status(), row.provenance(),
                        votes.of(new TriggerKey(row.start(), row.end(), row.type())), analysts, now);
            }
        }
        for (ArgumentRow row : rows.arguments()) {
            EventRow event = events.get(row.eventId());
            EntityRow filler = entities.get(row.entityId());
            if (event != null && event.layer().equals(Layers.GOLD) && filler != null) {
                decideAgain("event_argument", row.id(), row.status(), row.provenance(), votes.of(ArgumentKey.of(event, row.role(), filler)),
                        analysts, now);
            }
        }
    }

    private void decideAgain(String table, long id, AnnotationStatus status, String provenance, Set<String> voters,
                             int analysts, String now) {
        boolean byTheMerge = status == AnnotationStatus.PENDING && provenance == null
                || provenance != null && MERGE_DECISION.matcher(provenance).find();
        if (!byTheMerge) {
            return;
        }
        boolean merged = strategy.merges(voters.size(), analysts);
        String newProvenance = merged ? Provenance.merged(voters.size() == analysts, voters) : null;
        AnnotationStatus newStatus = merged ? AnnotationStatus.ACCEPTED : AnnotationStatus.PENDING;
        if (newStatus != status || !java.util.Objects.equals(newProvenance, provenance)) {
            jdbc.update("UPDATE " + table + " SET status = :status, provenance = :provenance, decided_at = :decidedAt"
                    + " WHERE id = :id", new MapSqlParameterSource("id", id).addValue("status", newStatus.name())
                    .addValue("provenance", newProvenance).addValue("decidedAt", merged ? now : null));
        }
    }

    /** Provenance the merge writes by itself (never a curator's). */
    private static final java.util.regex.Pattern MERGE_DECISION =
            java.util.regex.Pattern.compile("^\\{\"how\":\"(unanimous|majority|outvoted)\"");

    /**
     * Under MAJORITY, a unit that competes with one the majority gave (same entity cluster, event
     * cluster or argument position) and is still undecided is left out of the gold, recorded as
     * outvoted: otherwise the curator would still have to reject every minority version by hand.
     */
    private void rejectOutvoted(long documentId, String now) {
        Document document = documents.findDocument(documentId).orElseThrow();
        CurationSheet sheet = SheetMaker.make(document, LayerRows.read(jdbc, documentId), 0);
        for (CurationSheet.Item item : sheet.items()) {
            boolean majorityWon = item.units().stream().anyMatch(unit -> unit.status() == AnnotationStatus.ACCEPTED
                    && unit.provenance() != null && unit.provenance().contains("\"majority\""));
            if (!majorityWon) {
                continue;
            }
            for (CurationSheet.Unit unit : item.units()) {
                if (unit.status() == AnnotationStatus.PENDING) {
                    String table = switch (unit.kind()) {
                        case ENTITY -> "entity_mention";
                        case EVENT -> "event";
                        case ARGUMENT -> "event_argument";
                    };
                    jdbc.update("UPDATE " + table + " SET status = 'REJECTED', provenance = :provenance, decided_at = :now"
                            + " WHERE id = :id", new MapSqlParameterSource("id", unit.goldId()).addValue("now", now)
                            .addValue("provenance", Provenance.outvoted(unit.voters())));
                }
            }
        }
    }

    private MapSqlParameterSource copy(long id, long source, Set<String> voters, int analysts, String now) {
        boolean merged = strategy.merges(voters.size(), analysts);
        return new MapSqlParameterSource("id", id).addValue("source", source).addValue("now", now)
                .addValue("status", (merged ? AnnotationStatus.ACCEPTED : AnnotationStatus.PENDING).name())
                .addValue("decidedAt", merged ? now : null)
                .addValue("provenance", merged ? Provenance.merged(voters.size() == analysts, voters) : null);
    }

    /** The argument units the gold has already, by its events' and fillers' spans. */
    private static Set<ArgumentKey> goldArgumentKeys(LayerRows rows) {
        Map<Long, EntityRow> entities = rows.entitiesById();
        Map<Long, EventRow> events = rows.eventsById();
        Set<ArgumentKey> keys = new java.util.HashSet<>();
        for (ArgumentRow argument : rows.arguments()) {
            EventRow event = events.get(argument.eventId());
            EntityRow filler = entities.get(argument.entityId());
            if (event != null && filler != null && event.layer().equals(Layers.GOLD)) {
                keys.add(ArgumentKey.of(event, argument.role(), filler));
            }
        }
        return keys;
    }
}
