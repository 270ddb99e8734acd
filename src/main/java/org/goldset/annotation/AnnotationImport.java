package org.goldset.annotation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import java.util.Map;
import org.goldset.base.RowIds;
import org.goldset.history.Decision;
import org.goldset.history.DecisionHistory;
import org.springframework.stereotype.Service;

/**
 * Stores annotations as given (importers validate them first), many documents at a time: rows are
 * buffered and written in JDBC batches under ids handed out by {@link RowIds}, each with its CREATE
 * row in the decision history. Nothing is kept in a persistence context, so a file of 100,000
 * articles costs what 1,000 do, a hundred times over. Runs in the caller's transaction: a refused
 * file leaves nothing behind.
 */
@Service
public class AnnotationImport {

    private final StoredRows rows;
    private final DecisionHistory history;
    private final Clock clock;
    private final JdbcTemplate jdbc;

    AnnotationImport(StoredRows rows, DecisionHistory history, Clock clock, JdbcTemplate jdbc) {
        this.rows = rows;
        this.history = history;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /** A buffer for one import; {@link Batch#write} writes what it holds. */
    public Batch batch(RowIds ids) {
        return new Batch(ids);
    }

    /** Annotations of several documents waiting to be written. */
    public final class Batch {

        private final RowIds ids;
        private final List<EntitySnapshot> entities = new ArrayList<>();
        private final List<EventSnapshot> events = new ArrayList<>();
        private final List<DecisionHistory.NewDecision> created = new ArrayList<>();
        /** Provenance to set after the insert, by table: (JSON, id) pairs. */
        private final Map<String, List<Object[]>> provenanceUpdates = new HashMap<>();

        private Batch(RowIds ids) {
            this.ids = ids;
        }

        /** Adds one document's annotations to a layer, created by {@code actor}; arguments name entity drafts by key. */
        public void add(long documentId, String layer, List<EntityDraft> entityDrafts, List<EventDraft> eventDrafts,
                        String actor) {
            add(documentId, layer, entityDrafts, eventDrafts, actor, ImportedProvenance.NONE);
        }

        /** The same, with how a curated gold's annotations were reached, as its file says. */
        public void add(long documentId, String layer, List<EntityDraft> entityDrafts, List<EventDraft> eventDrafts,
                        String actor, ImportedProvenance provenance) {
            Instant now = clock.instant();
            Map<String, Long> idOfKey = new HashMap<>();
            for (EntityDraft draft : entityDrafts) {
                long id = ids.next("entity_mention");
                if (draft.key() != null) {
                    idOfKey.put(draft.key(), id);
                }
                EntitySnapshot entity = new EntitySnapshot(id, documentId, layer, null, draft.key(), draft.span(), draft.label(),
                        draft.review(), draft.origin(), draft.canonicalName(), draft.kbId(), draft.enginesJson(),
                        draft.alternativesJson(), now, List.of());
                entities.add(entity);
                keepProvenance("entity_mention", id, provenance.ofEntity(draft.key()));
                created.add(new DecisionHistory.NewDecision(documentId, Decision.TargetKind.ENTITY, id,
                        Decision.Action.CREATE, null, DecisionLog.snapshot(entity), actor, null));
            }
            for (EventDraft draft : eventDrafts) {
                long eventId = ids.next("event");
                List<ArgumentSnapshot> arguments = new ArrayList<>();
                for (EventDraft.ArgumentDraft argument : draft.arguments()) {
                    Long entityId = idOfKey.get(argument.entityKey());
                    if (entityId == null) {
                        throw new IllegalArgumentException("event argument refers to unknown entity "
                                + argument.entityKey());
                    }
                    long argumentId = ids.next("event_argument");
                    keepProvenance("event_argument", argumentId,
                            provenance.ofArgument(draft.key(), arguments.size()));
                    arguments.add(new ArgumentSnapshot(argumentId, eventId, argument.role(),
                            entityId, argument.review(), argument.origin(), now));
                }
                EventSnapshot event = new EventSnapshot(eventId, documentId, layer, null, draft.key(), draft.type(),
                        draft.trigger(), draft.review(), draft.origin(), now, draft.attributesJson(), arguments);
                events.add(event);
                keepProvenance("event", eventId, provenance.ofEvent(draft.key()));
                created.add(new DecisionHistory.NewDecision(documentId, Decision.TargetKind.EVENT, eventId,
                        Decision.Action.CREATE, null, DecisionLog.snapshot(event), actor, null));
            }
        }

        /** Rows waiting, to decide when to write. */
        public int size() {
            return entities.size() + events.size();
        }

        private void keepProvenance(String table, long id, String json) {
            if (json != null) {
                provenanceUpdates.computeIfAbsent(table, name -> new ArrayList<>()).add(new Object[] {json, id});
            }
        }

        /** Writes the buffered rows and their history; the documents they belong to must be written first. */
        public void write() {
            rows.insertAll(entities, events);
            // Only curated golds carry provenance: a few rows, set after the insert rather than in every one.
            provenanceUpdates.forEach((table, values) -> jdbc.batchUpdate("UPDATE " + table + " SET provenance = ? WHERE id = ?",
                    values));
            provenanceUpdates.clear();
            history.appendAll(created);
            entities.clear();
            events.clear();
            created.clear();
        }
    }
}
