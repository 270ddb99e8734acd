package org.goldset.agreement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.goldset.agreement.LayerUnits.Argument;
import org.goldset.agreement.LayerUnits.Entity;
import org.goldset.agreement.LayerUnits.Position;
import org.goldset.agreement.LayerUnits.Trigger;
import org.goldset.text.TextOffsets;

/** Where two analysts' layers of one document differ, in words a curator reads at a glance. */
final class PairDifferences {

    /** One difference: what kind, about what ("Lebanon", "ATTACK 'fired' · Attacker"), and each side's version. */
    record Difference(String kind, String what, String ofA, String ofB) {
    }

    private PairDifferences() {
    }

    static List<Difference> of(TextOffsets text, LayerUnits a, LayerUnits b) {
        List<Difference> differences = new ArrayList<>();
        entities(text, a.entities(), b.entities(), differences);
        triggers(text, a.triggers(), b.triggers(), differences);
        arguments(text, a, b, differences);
        return differences;
    }

    private static void entities(TextOffsets text, List<Entity> a, List<Entity> b, List<Difference> differences) {
        Set<Entity> ofB = new HashSet<>(b);
        Set<Entity> paired = new HashSet<>();
        for (Entity entity : a.stream().distinct().sorted(Comparator.comparingInt(Entity::start)).toList()) {
            if (ofB.contains(entity)) {
                continue;
            }
            Optional<Entity> sameSpan = b.stream().filter(other -> other.start() == entity.start()
                    && other.end() == entity.end() && !paired.contains(other) && !a.contains(other)).findFirst();
            Optional<Entity> overlapping = b.stream().filter(other -> other.label().equals(entity.label())
                    && other.overlaps(entity) && !paired.contains(other) && !a.contains(other)).findFirst();
            if (sameSpan.isPresent()) {
                paired.add(sameSpan.get());
                differences.add(new Difference("label", slice(text, entity), entity.label(), sameSpan.get().label()));
            } else if (overlapping.isPresent()) {
                paired.add(overlapping.get());
                differences.add(new Difference("span", entity.label(), "“" + slice(text, entity) + "”",
                        "“" + slice(text, overlapping.get()) + "”"));
            } else {
                differences.add(new Difference("entity", slice(text, entity), entity.label(), "—"));
            }
        }
        Set<Entity> ofA = new HashSet<>(a);
        b.stream().distinct().sorted(Comparator.comparingInt(Entity::start))
                .filter(entity -> !ofA.contains(entity) && !paired.contains(entity))
                .forEach(entity -> differences.add(new Difference("entity", slice(text, entity), "—", entity.label())));
    }

    private static void triggers(TextOffsets text, Set<Trigger> a, Set<Trigger> b, List<Difference> differences) {
        a.stream().filter(trigger -> !b.contains(trigger)).sorted(Comparator.comparingInt(Trigger::start))
                .forEach(trigger -> differences.add(new Difference("event", event(text, trigger), "✓", "—")));
        b.stream().filter(trigger -> !a.contains(trigger)).sorted(Comparator.comparingInt(Trigger::start))
                .forEach(trigger -> differences.add(new Difference("event", event(text, trigger), "—", "✓")));
    }

    /** Per position both analysts' fillers, where they differ. */
    private static void arguments(TextOffsets text, LayerUnits a, LayerUnits b, List<Difference> differences) {
        Map<Position, Set<String>> ofA = fillers(text, a.arguments());
        Map<Position, Set<String>> ofB = fillers(text, b.arguments());
        Map<String, Position> positions = new TreeMap<>();
        ofA.keySet().forEach(position -> positions.put(key(position), position));
        ofB.keySet().forEach(position -> positions.put(key(position), position));
        for (Position position : positions.values()) {
            Set<String> fillersOfA = ofA.getOrDefault(position, Set.of());
            Set<String> fillersOfB = ofB.getOrDefault(position, Set.of());
            if (!fillersOfA.equals(fillersOfB)) {
                differences.add(new Difference("argument", event(text, position.event()) + " · " + position.role(),
                        fillersOfA.isEmpty() ? "—" : String.join(", ", fillersOfA),
                        fillersOfB.isEmpty() ? "—" : String.join(", ", fillersOfB)));
            }
        }
    }

    private static Map<Position, Set<String>> fillers(TextOffsets text, Set<Argument> arguments) {
        return arguments.stream().collect(Collectors.groupingBy(Argument::position,
                Collectors.mapping(argument -> text.slice(argument.fillerStart(), argument.fillerEnd()),
                        Collectors.toCollection(java.util.TreeSet::new))));
    }

    private static String key(Position position) {
        return String.format("%09d %09d %s %s", position.event().start(), position.event().end(), position.event().type(),
                position.role());
    }

    private static String event(TextOffsets text, Trigger trigger) {
        return trigger.type() + " “" + text.slice(trigger.start(), trigger.end()) + "”";
    }

    private static String slice(TextOffsets text, Entity entity) {
        return text.slice(entity.start(), entity.end());
    }
}
