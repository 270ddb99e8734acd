package org.goldset.curation;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.goldset.annotation.AnnotationStatus;
import org.goldset.annotation.Layers;
import org.goldset.curation.LayerRows.ArgumentRow;
import org.goldset.curation.LayerRows.EntityRow;
import org.goldset.curation.LayerRows.EventRow;
import org.goldset.curation.UnitKeys.ArgumentKey;
import org.goldset.curation.UnitKeys.EntityKey;
import org.goldset.curation.UnitKeys.TriggerKey;

/**
 * Which analysts gave each unit, from their finished layers: what the gold export of each layer
 * would write (accepted entities; accepted events; accepted arguments of accepted events whose filler
 * is accepted), as agreement compares them. Each unit also keeps the row it was first seen in (the
 * first analyst by name), which the gold copies.
 */
final class Votes {

    final Map<EntityKey, Set<String>> entities = new LinkedHashMap<>();
    final Map<TriggerKey, Set<String>> triggers = new LinkedHashMap<>();
    final Map<ArgumentKey, Set<String>> arguments = new LinkedHashMap<>();
    final Map<EntityKey, Long> entitySource = new HashMap<>();
    final Map<TriggerKey, Long> eventSource = new HashMap<>();
    final Map<ArgumentKey, ArgumentSource> argumentSource = new HashMap<>();

    /** The analyst's argument row a gold argument copies, and the filler's label in that analyst's layer. */
    record ArgumentSource(long argumentId, String fillerLabel) {
    }

    static Votes of(LayerRows rows) {
        Votes votes = new Votes();
        Map<Long, EntityRow> acceptedEntities = new HashMap<>();
        Map<Long, EventRow> acceptedEvents = new HashMap<>();
        for (String analyst : rows.analysts()) {
            for (EntityRow entity : rows.entities()) {
                if (entity.layer().equals(analyst) && entity.status() == AnnotationStatus.ACCEPTED) {
                    EntityKey key = new EntityKey(entity.start(), entity.end(), entity.label());
                    votes.entities.computeIfAbsent(key, k -> new TreeSet<>()).add(analyst);
                    votes.entitySource.putIfAbsent(key, entity.id());
                    acceptedEntities.put(entity.id(), entity);
                }
            }
            for (EventRow event : rows.events()) {
                if (event.layer().equals(analyst) && event.status() == AnnotationStatus.ACCEPTED) {
                    TriggerKey key = new TriggerKey(event.start(), event.end(), event.type());
                    votes.triggers.computeIfAbsent(key, k -> new TreeSet<>()).add(analyst);
                    votes.eventSource.putIfAbsent(key, event.id());
                    acceptedEvents.put(event.id(), event);
                }
            }
        }
        for (ArgumentRow argument : rows.arguments()) {
            EventRow event = acceptedEvents.get(argument.eventId());
            EntityRow filler = acceptedEntities.get(argument.entityId());
            if (event != null && filler != null && argument.status() == AnnotationStatus.ACCEPTED
                    && Layers.isAnalysts(event.layer())) {
                ArgumentKey key = ArgumentKey.of(event, argument.role(), filler);
                votes.arguments.computeIfAbsent(key, k -> new TreeSet<>()).add(event.layer());
                votes.argumentSource.putIfAbsent(key, new ArgumentSource(argument.id(), filler.label()));
            }
        }
        return votes;
    }

    Set<String> of(EntityKey key) {
        return entities.getOrDefault(key, Set.of());
    }

    Set<String> of(TriggerKey key) {
        return triggers.getOrDefault(key, Set.of());
    }

    Set<String> of(ArgumentKey key) {
        return arguments.getOrDefault(key, Set.of());
    }
}
