package org.goldset.curation;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.goldset.base.AnalystIdentity;
import org.goldset.base.RowIds;
import org.goldset.corpus.Document;
import org.goldset.corpus.DocumentService;
import org.goldset.corpus.DocumentStatus;
import org.goldset.curation.CurationSheet.Item;
import org.goldset.curation.CurationSheet.Unit;
import org.goldset.curation.CurationSheet.UnitKind;
import org.goldset.history.DecisionHistory;
import org.goldset.schema.AnnotationSchema;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A curator settles the differences between the analysts' layers of a document (issue 14,
 * decision 019): takes one analyst's version of an item (entities, an event card whole, one argument
 * position), rejects it, or relabels an entity; every action can be undone, and finishing makes the
 * gold. Each action re-reads the document's rows in its transaction, so two curators never act on a
 * stale screen: undoing what someone else changed since is refused.
 */
@PreAuthorize("hasRole('CURATOR')")
@Service
public class Curation {

    private final JdbcTemplate plainJdbc;
    private final NamedParameterJdbcTemplate jdbc;
    private final DocumentService documents;
    private final AnalystIdentity identity;
    private final AnnotationSchema schema;
    private final GoldChanges changes;
    private final Clock clock;

    Curation(JdbcTemplate jdbc, DocumentService documents, AnalystIdentity identity, AnnotationSchema schema,
             DecisionHistory history, Clock clock) {
        this.plainJdbc = jdbc;
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
        this.documents = documents;
        this.identity = identity;
        this.schema = schema;
        this.changes = new GoldChanges(this.jdbc, history, clock);
        this.clock = clock;
    }

    /** The document's curation sheet; empty when there is no such document or it never reached curation. */
    @Transactional(readOnly = true)
    public Optional<CurationSheet> sheet(long documentId) {
        return documents.findDocument(documentId).flatMap(document -> differences(documentId)
                .map(differences -> SheetMaker.make(document, LayerRows.read(jdbc, documentId), differences)));
    }

    /** What an action did (to undo it) and the sheet after it, read in the same transaction. */
    public record Done(CurationStep step, CurationSheet sheet) {
    }

    /** Takes {@code analyst}'s version of the item. */
    @Transactional
    public Done take(long documentId, String itemKey, String analyst) {
        Loaded loaded = load(documentId);
        if (!loaded.sheet.analysts().contains(analyst)) {
            throw new IllegalArgumentException(analyst + " has no finished layer of this document");
        }
        Item item = loaded.item(itemKey);
        String description = "took " + analyst + "'s version of " + describe(loaded.sheet, item);
        return loaded.after(changes.apply(documentId, identity.name(), description,
                new CurationChoices(loaded.rows, loaded.sheet, identity.name()).take(item, analyst).changes(), List.of()));
    }

    /** Rejects every version of the item: a recorded decision, shown as decided. */
    @Transactional
    public Done reject(long documentId, String itemKey) {
        Loaded loaded = load(documentId);
        Item item = loaded.item(itemKey);
        return loaded.after(changes.apply(documentId, identity.name(), "rejected " + describe(loaded.sheet, item),
                new CurationChoices(loaded.rows, loaded.sheet, identity.name()).reject(item).changes(), List.of()));
    }

    /** Gives the entity unit another label: the gold keeps the span with that label, as the curator's edit. */
    @Transactional
    public Done relabel(long documentId, long entityGoldId, String label) {
        if (!schema.hasEntityType(label)) {
            throw new IllegalArgumentException("unknown entity label \"" + label + "\" (the schema has: "
                    + schema.entityTypeNames() + ")");
        }
        Loaded loaded = load(documentId);
        Unit unit = loaded.sheet.units().stream().filter(u -> u.kind() == UnitKind.ENTITY && u.goldId() == entityGoldId)
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no gold entity " + entityGoldId + " here"));
        if (unit.label().equals(label)) {
            return loaded.after(changes.apply(documentId, identity.name(), "kept " + label, List.of(), List.of()));
        }
        Optional<Unit> existing = loaded.sheet.units().stream().filter(u -> u.kind() == UnitKind.ENTITY
                && u.span().equals(unit.span()) && u.label().equals(label)).findFirst();
        List<Long> created = List.of();
        long replacement;
        if (existing.isPresent()) {
            replacement = existing.get().goldId();
        } else {
            replacement = new RowIds(plainJdbc).next("entity_mention");
            jdbc.update("""
                    INSERT INTO entity_mention (id, document_id, layer, copied_from, start_offset, end_offset, label, status,
                        origin_kind, engine_id, engine_version, score, decided_by, decided_at, canonical_name, kb_id,
                        created_at, version)
                    SELECT :id, document_id, layer, copied_from, start_offset, end_offset, :label, 'PENDING', 'MANUAL', NULL,
                        NULL, NULL, NULL, NULL, canonical_name, kb_id, :now, 0
                    FROM entity_mention WHERE id = :unit""", new MapSqlParameterSource("id", replacement)
                    .addValue("label", label).addValue("unit", entityGoldId).addValue("now", clock.instant().toString()));
            created = List.of(replacement);
            loaded = load(documentId);
        }
        return loaded.after(changes.apply(documentId, identity.name(),
                "relabelled " + unit.detail() + " " + unit.label() + " → " + label,
                new CurationChoices(loaded.rows, loaded.sheet, identity.name()).relabel(unit, replacement, label).changes(),
                created));
    }

    /** Undoes a step of this document, unless its rows were changed since; returns the sheet after. */
    @Transactional
    public CurationSheet undo(CurationStep step) {
        changes.undo(step, identity.name());
        return load(step.documentId()).sheet;
    }

    /**
     * Finishes the curation: the gold is the document's, and the document is DONE. With differences
     * still open, only when {@code rejectOpen} says to reject them (recorded as the curator's rejections).
     */
    @Transactional
    public Document finish(long documentId, boolean rejectOpen) {
        Loaded loaded = load(documentId);
        if (loaded.sheet.open() > 0) {
            if (!rejectOpen) {
                throw new IllegalStateException(loaded.sheet.open() + " differences are still open");
            }
            changes.apply(documentId, identity.name(), "rejected what was still open",
                    new CurationChoices(loaded.rows, loaded.sheet, identity.name()).rejectOpen().changes(), List.of());
        }
        Document document = documents.findDocument(documentId).orElseThrow();
        jdbc.update("UPDATE curation SET curator = :curator, finished_at = :now WHERE document_id = :document",
                new MapSqlParameterSource("document", documentId).addValue("curator", identity.name())
                        .addValue("now", clock.instant().toString()));
        if (document.getStatus() == DocumentStatus.DONE) {
            return document;
        }
        return documents.changeStatus(documentId, document.getVersion(), DocumentStatus.DONE, identity.name());
    }

    /** Documents waiting for a curator, most open differences first. */
    @Transactional(readOnly = true)
    public List<QueueEntry> queue(int offset, int limit) {
        return jdbc.query("""
                SELECT d.id, d.title, c.analysts, c.differences, c.open_units, d.status, c.curator
                FROM curation c JOIN document d ON d.id = c.document_id
                WHERE d.status = 'CURATING'
                ORDER BY c.open_units DESC, c.document_id LIMIT :limit OFFSET :offset""",
                new MapSqlParameterSource("limit", Math.clamp(limit, 1, 1000)).addValue("offset", Math.max(0, offset)),
                (row, n) -> new QueueEntry(row.getLong(1), row.getString(2), List.of(row.getString(3).split(",")),
                        row.getInt(4), row.getInt(5)));
    }

    /** How many documents wait for a curator, and how many differences they hold still open. */
    @Transactional(readOnly = true)
    public QueueTotals queueTotals() {
        return jdbc.queryForObject("""
                SELECT count(*), coalesce(sum(c.open_units), 0), coalesce(sum(c.differences), 0)
                FROM curation c JOIN document d ON d.id = c.document_id WHERE d.status = 'CURATING'""",
                new MapSqlParameterSource(), (row, n) -> new QueueTotals(row.getInt(1), row.getLong(2), row.getLong(3)));
    }

    /** One document of the curation queue: its analysts, its differences and how many are open. */
    public record QueueEntry(long documentId, String title, List<String> analysts, int differences, int open) {
    }

    public record QueueTotals(int documents, long open, long differences) {
    }

    private Optional<Integer> differences(long documentId) {
        return jdbc.queryForList("SELECT differences FROM curation WHERE document_id = :document",
                new MapSqlParameterSource("document", documentId), Integer.class).stream().findFirst();
    }

    private Loaded load(long documentId) {
        Document document = documents.findDocument(documentId)
                .orElseThrow(() -> new IllegalArgumentException("there is no document " + documentId));
        int differences = differences(documentId).orElseThrow(() -> new IllegalArgumentException(
                "document " + documentId + " has not reached curation"));
        LayerRows rows = LayerRows.read(jdbc, documentId);
        return new Loaded(jdbc, document, differences, rows, SheetMaker.make(document, rows, differences));
    }

    /** An item in words for the undo message: "“IRGC”", "the event “fired”", "the Attacker of “fired”". */
    private static String describe(CurationSheet sheet, Item item) {
        String covered = "“" + sheet.covered(item.span()) + "”";
        return switch (item.kind()) {
            case ENTITIES -> covered;
            case EVENT -> "the event " + covered;
            case POSITION -> "the " + item.role() + " of " + covered;
        };
    }

    private record Loaded(NamedParameterJdbcTemplate jdbc, Document document, int differences, LayerRows rows,
                          CurationSheet sheet) {

        /**
         * The step, and the sheet as it stands after it: the rows as read, with what the step wrote
         * (read again only when it created a row, a relabel's), so an action reads the document once.
         */
        Done after(CurationStep step) {
            boolean created = step.before().stream().anyMatch(state -> !state.exists());
            LayerRows now = created ? LayerRows.read(jdbc, document.getId()) : rows.with(step.after());
            return new Done(step, SheetMaker.make(document, now, differences));
        }

        Item item(String key) {
            return sheet.item(key).orElseThrow(() -> new IllegalArgumentException(
                    "that difference is no longer on this document; reload it"));
        }
    }
}
