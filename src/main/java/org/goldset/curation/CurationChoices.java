package org.goldset.curation;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.goldset.annotation.AnnotationStatus;
import org.goldset.annotation.Layers;
import org.goldset.curation.CurationSheet.Item;
import org.goldset.curation.CurationSheet.ItemKind;
import org.goldset.curation.CurationSheet.Unit;
import org.goldset.curation.CurationSheet.UnitKind;
import org.goldset.curation.GoldChanges.Change;
import org.goldset.curation.LayerRows.ArgumentRow;
import org.goldset.curation.LayerRows.EntityRow;

/**
 * Turns a curator's choice on one item into changes of gold rows: take an analyst's version (of
 * entities, of an event card whole, or of one argument position), or reject the item. Afterwards
 * every gold argument whose filler lost its place in the gold follows the entity the gold now has on
 * the same span, so what the screen shows is what the export writes.
 */
final class CurationChoices {

    private final LayerRows rows;
    private final CurationSheet sheet;
    private final String curator;
    /** Whose version this action takes, if it takes one. */
    private String takenBy;
    /** Changes by row, later ones replacing earlier ones of the same row. */
    private final Map<String, Change> changes = new LinkedHashMap<>();

    CurationChoices(LayerRows rows, CurationSheet sheet, String curator) {
        this.rows = rows;
        this.sheet = sheet;
        this.curator = curator;
    }

    /** Takes {@code analyst}'s version of the item: what they gave is accepted, the rest rejected. */
    CurationChoices take(Item item, String analyst) {
        takenBy = analyst;
        item.units().forEach(unit -> decide(unit, analyst));
        if (item.kind() == ItemKind.EVENT) {
            for (Item position : positionsOf(item)) {
                position.units().forEach(unit -> decide(unit, analyst));
            }
        }
        if (item.kind() == ItemKind.POSITION) {
            // An argument taken needs its event in the gold.
            sheet.units().stream().filter(unit -> unit.kind() == UnitKind.EVENT && unit.goldId() == item.eventId()
                    && unit.status() == AnnotationStatus.PENDING && unit.voters().contains(analyst))
                    .forEach(unit -> decide(unit, analyst));
        }
        return this;
    }

    /** Rejects every unit of the item (and of an event cluster's positions). */
    CurationChoices reject(Item item) {
        item.units().forEach(this::reject);
        if (item.kind() == ItemKind.EVENT) {
            positionsOf(item).forEach(position -> position.units().forEach(this::reject));
        }
        return this;
    }

    /** Rejects whatever is still undecided (finishing with open items). */
    CurationChoices rejectOpen() {
        sheet.units().stream().filter(unit -> unit.status() == AnnotationStatus.PENDING).forEach(this::reject);
        return this;
    }

    /**
     * The entity unit is replaced by a gold row of the same span with another label, {@code
     * replacement} (already in the rows: created for the edit, or there before), accepted as the
     * curator's edit.
     */
    CurationChoices relabel(Unit unit, long replacement, String label) {
        changes.put(key(UnitKind.ENTITY, replacement), new Change(UnitKind.ENTITY, replacement, AnnotationStatus.ACCEPTED,
                label, null, Provenance.edited(curator, unit.label(), unit.voters())));
        reject(unit);
        return this;
    }

    /**
     * The changes, completed so that every argument the gold keeps has its filler in the gold too:
     * an argument follows the entity the gold keeps on its filler's span; an argument the curator
     * took brings its filler in; an argument whose filler the curator left out goes out with it.
     */
    List<Change> changes() {
        Map<Long, AnnotationStatus> entityStatus = new HashMap<>();
        Map<String, Long> acceptedBySpan = new HashMap<>();
        Map<Long, EntityRow> entities = rows.entitiesById();
        Map<Long, LayerRows.EventRow> events = rows.eventsById();
        for (EntityRow entity : rows.entities()) {
            if (entity.layer().equals(Layers.GOLD)) {
                Change change = changes.get(key(UnitKind.ENTITY, entity.id()));
                AnnotationStatus status = change != null ? change.status() : entity.status();
                entityStatus.put(entity.id(), status);
                if (status == AnnotationStatus.ACCEPTED) {
                    acceptedBySpan.putIfAbsent(spanKey(entity), entity.id());
                }
            }
        }
        Set<Long> goldEvents = new java.util.HashSet<>();
        rows.events().stream().filter(event -> event.layer().equals(Layers.GOLD)).forEach(event -> goldEvents.add(event.id()));
        for (ArgumentRow argument : rows.arguments()) {
            if (!goldEvents.contains(argument.eventId())) {
                continue;
            }
            Change change = changes.get(key(UnitKind.ARGUMENT, argument.id()));
            AnnotationStatus status = change != null ? change.status() : argument.status();
            String provenance = change != null ? change.provenance() : argument.provenance();
            EntityRow filler = entities.get(argument.entityId());
            Long kept = acceptedBySpan.get(spanKey(filler));
            if (kept != null && kept != filler.id()) {
                changes.put(key(UnitKind.ARGUMENT, argument.id()),
                        new Change(UnitKind.ARGUMENT, argument.id(), status, null, kept, provenance));
            } else if (kept == null && status == AnnotationStatus.ACCEPTED) {
                boolean takenNow = change != null && takenBy != null;
                if (takenNow) {
                    changes.put(key(UnitKind.ENTITY, filler.id()), new Change(UnitKind.ENTITY, filler.id(),
                            AnnotationStatus.ACCEPTED, null, null, Provenance.chosen(curator, takenBy,
                            votes().of(new UnitKeys.EntityKey(filler.start(), filler.end(), filler.label())))));
                    acceptedBySpan.put(spanKey(filler), filler.id());
                } else if (entityStatus.get(filler.id()) == AnnotationStatus.REJECTED) {
                    changes.put(key(UnitKind.ARGUMENT, argument.id()), new Change(UnitKind.ARGUMENT, argument.id(),
                            AnnotationStatus.REJECTED, null, null, Provenance.rejected(curator, votersOf(argument, events.get(argument.eventId()), filler))));
                }
            }
        }
        return List.copyOf(changes.values());
    }

    private Votes votes;

    private Votes votes() {
        if (votes == null) {
            votes = Votes.of(rows);
        }
        return votes;
    }

    private Set<String> votersOf(ArgumentRow argument, LayerRows.EventRow event, EntityRow filler) {
        return votes().of(UnitKeys.ArgumentKey.of(event, argument.role(), filler));
    }

    private static String spanKey(EntityRow entity) {
        return entity.start() + ":" + entity.end();
    }

    private List<Item> positionsOf(Item eventItem) {
        return sheet.items().stream().filter(item -> eventItem.key().equals(item.parentKey())).toList();
    }

    private void decide(Unit unit, String analyst) {
        if (unit.voters().contains(analyst)) {
            changes.put(key(unit.kind(), unit.goldId()), new Change(unit.kind(), unit.goldId(), AnnotationStatus.ACCEPTED,
                    null, null, Provenance.chosen(curator, analyst, unit.voters())));
        } else {
            reject(unit);
        }
    }

    private void reject(Unit unit) {
        changes.put(key(unit.kind(), unit.goldId()), new Change(unit.kind(), unit.goldId(), AnnotationStatus.REJECTED,
                null, null, Provenance.rejected(curator, unit.voters())));
    }

    private static String key(UnitKind kind, long id) {
        return kind + ":" + id;
    }
}
