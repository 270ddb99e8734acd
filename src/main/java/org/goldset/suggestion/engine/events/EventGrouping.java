package org.goldset.suggestion.engine.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.goldset.base.TextOffsets;

/**
 * Groups mentions of the same real event within a document, so an analyst can decide once: events
 * of the same type that share a core participant (the doer or the one done to, compared by the last
 * word of its name, so "Qasem Soleimani" and "Soleimani" match) belong together. Each mention keeps
 * its own trigger; the group is an attribute.
 */
public final class EventGrouping {

    private static final Set<String> CIRCUMSTANCES = Set.of("Place", "Time", "Instrument", "Origin", "Destination");

    private EventGrouping() {
    }

    /** A group label per event, "g1", "g2", … in order of first mention; ungrouped events get their own. */
    public static List<String> group(List<EventEngine.EventProposal> events, TextOffsets text) {
        int[] parent = new int[events.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        Map<String, Integer> firstWithKey = new HashMap<>();
        for (int i = 0; i < events.size(); i++) {
            EventEngine.EventProposal event = events.get(i);
            for (EventEngine.ArgumentProposal argument : event.arguments()) {
                if (CIRCUMSTANCES.contains(argument.role())) {
                    continue;
                }
                String name = text.slice(argument.entity().span().start(), argument.entity().span().end());
                String[] words = name.toLowerCase(Locale.ROOT).split("\\s+");
                String key = event.type() + "|" + argument.role() + "|" + words[words.length - 1];
                Integer earlier = firstWithKey.putIfAbsent(key, i);
                if (earlier != null) {
                    union(parent, earlier, i);
                }
            }
        }
        Map<Integer, String> labels = new HashMap<>();
        List<String> groups = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            int root = find(parent, i);
            groups.add(labels.computeIfAbsent(root, r -> "g" + (labels.size() + 1)));
        }
        return groups;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int rootA = find(parent, a);
        int rootB = find(parent, b);
        if (rootA != rootB) {
            parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
        }
    }
}
