package org.goldset.curation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.goldset.annotation.AnnotationStatus;
import org.goldset.annotation.Layers;
import org.goldset.corpus.Document;
import org.goldset.curation.CurationSheet.Item;
import org.goldset.curation.CurationSheet.ItemKind;
import org.goldset.curation.CurationSheet.Row;
import org.goldset.curation.CurationSheet.State;
import org.goldset.curation.CurationSheet.Unit;
import org.goldset.curation.CurationSheet.UnitKind;
import org.goldset.curation.LayerRows.ArgumentRow;
import org.goldset.curation.LayerRows.EntityRow;
import org.goldset.curation.LayerRows.EventRow;
import org.goldset.curation.UnitKeys.ArgumentKey;
import org.goldset.curation.UnitKeys.EntityKey;
import org.goldset.curation.UnitKeys.TriggerKey;
import org.goldset.text.Span;
import org.goldset.text.TextOffsets;

/**
 * Makes the curation sheet of a document from its gold and its analysts' layers: each gold unit
 * with the analysts who gave it; entity units grouped by overlapping spans, events by overlapping
 * triggers, and each event's arguments by role. One pass over rows sorted by offset: linear in the
 * document's annotations, apart from the sort.
 */
final class SheetMaker {

    private static final String NOTHING = "—";

    private final LayerRows rows;
    private final Votes votes;
    private final TextOffsets text;
    private final List<String> analysts;

    private SheetMaker(LayerRows rows, TextOffsets text) {
        this.rows = rows;
        this.votes = Votes.of(rows);
        this.text = text;
        this.analysts = rows.analysts();
    }

    static CurationSheet make(Document document, LayerRows rows, int differences) {
        return new SheetMaker(rows, new TextOffsets(document.getText())).sheet(document, differences);
    }

    private CurationSheet sheet(Document document, int differences) {
        Map<Long, EntityRow> entities = rows.entitiesById();
        List<Unit> entityUnits = rows.entities().stream().filter(row -> row.layer().equals(Layers.GOLD))
                .map(row -> new Unit(row.id(), UnitKind.ENTITY, new Span(row.start(), row.end()), row.label(),
                        quote(row.start(), row.end()),
                        votes.of(new EntityKey(row.start(), row.end(), row.label())), row.status(), row.provenance()))
                .toList();
        List<EventRow> goldEvents = rows.events().stream().filter(row -> row.layer().equals(Layers.GOLD)).toList();
        Map<Long, List<ArgumentRow>> argumentsByEvent = new LinkedHashMap<>();
        rows.arguments().forEach(argument -> argumentsByEvent.computeIfAbsent(argument.eventId(), id -> new ArrayList<>())
                .add(argument));

        List<Item> items = new ArrayList<>();
        items.addAll(entityClusters(entityUnits));
        List<Unit> units = new ArrayList<>(entityUnits);
        for (List<EventRow> cluster : clusters(goldEvents)) {
            List<Unit> eventUnits = cluster.stream().map(this::eventUnit).toList();
            units.addAll(eventUnits);
            Item eventItem = eventCluster(eventUnits);
            items.add(eventItem);
            for (EventRow event : cluster) {
                Map<String, List<Unit>> byRole = new LinkedHashMap<>();
                for (ArgumentRow argument : argumentsByEvent.getOrDefault(event.id(), List.of())) {
                    EntityRow filler = entities.get(argument.entityId());
                    Unit unit = new Unit(argument.id(), UnitKind.ARGUMENT, new Span(filler.start(), filler.end()),
                            argument.role(), filler.label() + " " + quote(filler.start(), filler.end()),
                            votes.of(ArgumentKey.of(event, argument.role(), filler)),
                            argument.status(), argument.provenance());
                    byRole.computeIfAbsent(argument.role(), role -> new ArrayList<>()).add(unit);
                    units.add(unit);
                }
                Set<String> eventVoters = votes.of(triggerKey(event));
                // An event's roles in the order their fillers appear in the text.
                byRole.entrySet().stream().sorted(Comparator.comparingInt(entry -> entry.getValue().stream()
                                .mapToInt(unit -> unit.span().start()).min().orElse(0)))
                        .forEach(entry -> items.add(position(event, eventVoters, entry.getKey(), entry.getValue(),
                                eventItem.key())));
            }
        }
        // An event's positions stay right after it: they sort by their event cluster's start.
        Map<String, Integer> starts = new LinkedHashMap<>();
        items.forEach(item -> starts.put(item.key(), item.span().start()));
        items.sort(Comparator.comparingInt((Item item) -> starts.get(item.parentKey() != null ? item.parentKey() : item.key()))
                .thenComparing(item -> item.kind() == ItemKind.ENTITIES ? 0 : 1)
                .thenComparing(item -> item.parentKey() != null ? item.parentKey() : item.key())
                .thenComparing(item -> item.kind()));
        int open = (int) units.stream().filter(unit -> unit.status() == AnnotationStatus.PENDING).count();
        return new CurationSheet(document.getId(), document.getTitle(), document.getText(), document.getStatus(),
                analysts, units, items, differences, open);
    }

    private List<Item> entityClusters(List<Unit> units) {
        List<Item> items = new ArrayList<>();
        List<Unit> sorted = units.stream().sorted(Comparator.comparingInt((Unit unit) -> unit.span().start())
                .thenComparingInt(unit -> unit.span().end())).toList();
        List<Unit> cluster = new ArrayList<>();
        int clusterEnd = -1;
        for (Unit unit : sorted) {
            if (!cluster.isEmpty() && unit.span().start() >= clusterEnd) {
                items.add(entityCluster(cluster));
                cluster = new ArrayList<>();
            }
            cluster.add(unit);
            clusterEnd = Math.max(clusterEnd, unit.span().end());
        }
        if (!cluster.isEmpty()) {
            items.add(entityCluster(cluster));
        }
        return items;
    }

    private Item entityCluster(List<Unit> cluster) {
        List<String> cells = analysts.stream().map(analyst -> describe(cluster.stream()
                .filter(unit -> unit.voters().contains(analyst)).toList())).toList();
        Row row = new Row("entity", cells, describe(accepted(cluster)), cells.stream().distinct().count() > 1);
        return new Item("entity:" + cluster.getFirst().goldId(), ItemKind.ENTITIES, spanOf(cluster), state(cluster),
                List.of(row), cluster, null, null, null);
    }

    private Item eventCluster(List<Unit> cluster) {
        List<String> cells = analysts.stream().map(analyst -> describe(cluster.stream()
                .filter(unit -> unit.voters().contains(analyst)).toList())).toList();
        Row row = new Row("event", cells, describe(accepted(cluster)), cells.stream().distinct().count() > 1);
        return new Item("event:" + cluster.getFirst().goldId(), ItemKind.EVENT, spanOf(cluster), state(cluster),
                List.of(row), cluster, null, null, null);
    }

    private Item position(EventRow event, Set<String> eventVoters, String role, List<Unit> units, String parentKey) {
        List<String> cells = analysts.stream().map(analyst -> !eventVoters.contains(analyst) ? "(no such event)"
                : describe(units.stream().filter(unit -> unit.voters().contains(analyst)).toList())).toList();
        Row row = new Row(role, cells, describe(accepted(units)), cells.stream().distinct().count() > 1);
        State state = state(units);
        boolean someFilled = eventVoters.stream().anyMatch(analyst -> units.stream().anyMatch(u -> u.voters().contains(analyst)));
        boolean someEmpty = eventVoters.stream().anyMatch(analyst -> units.stream().noneMatch(u -> u.voters().contains(analyst)));
        if (state == State.OPEN && someFilled && someEmpty) {
            state = State.INCOMPLETE;
        }
        return new Item("position:" + event.id() + ":" + role, ItemKind.POSITION,
                new Span(event.start(), event.end()), state, List.of(row), units, event.id(), role, parentKey);
    }

    private Unit eventUnit(EventRow event) {
        return new Unit(event.id(), UnitKind.EVENT, new Span(event.start(), event.end()), event.type(),
                quote(event.start(), event.end()), votes.of(triggerKey(event)), event.status(), event.provenance());
    }

    private State state(List<Unit> units) {
        if (units.stream().anyMatch(unit -> unit.status() == AnnotationStatus.PENDING)) {
            return State.OPEN;
        }
        boolean unanimous = units.stream().allMatch(unit -> unit.status() == AnnotationStatus.ACCEPTED
                && unit.voters().size() == analysts.size());
        return unanimous ? State.AGREED : State.DECIDED;
    }

    private static List<Unit> accepted(List<Unit> units) {
        return units.stream().filter(unit -> unit.status() == AnnotationStatus.ACCEPTED).toList();
    }

    private static String describe(List<Unit> units) {
        return units.isEmpty() ? NOTHING : units.stream().map(unit -> unit.kind() == UnitKind.ARGUMENT
                ? unit.detail() : unit.label() + " " + unit.detail()).collect(Collectors.joining(" · "));
    }

    private String quote(int start, int end) {
        String covered = text.slice(start, end);
        return "“" + (covered.length() > 60 ? covered.substring(0, 57) + "…" : covered) + "”";
    }

    private static Span spanOf(List<Unit> units) {
        return new Span(units.stream().mapToInt(unit -> unit.span().start()).min().orElseThrow(),
                units.stream().mapToInt(unit -> unit.span().end()).max().orElseThrow());
    }

    private static TriggerKey triggerKey(EventRow event) {
        return new TriggerKey(event.start(), event.end(), event.type());
    }

    /** Gold events grouped by overlapping triggers, in text order. */
    private static List<List<EventRow>> clusters(List<EventRow> events) {
        List<List<EventRow>> clusters = new ArrayList<>();
        List<EventRow> cluster = new ArrayList<>();
        int clusterEnd = -1;
        for (EventRow event : events.stream().sorted(Comparator.comparingInt(EventRow::start)
                .thenComparingInt(EventRow::end)).toList()) {
            if (!cluster.isEmpty() && event.start() >= clusterEnd) {
                clusters.add(cluster);
                cluster = new ArrayList<>();
            }
            cluster.add(event);
            clusterEnd = Math.max(clusterEnd, event.end());
        }
        if (!cluster.isEmpty()) {
            clusters.add(cluster);
        }
        return clusters;
    }
}
