package org.goldset.suggestion.engine.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.goldset.suggestion.engine.EventProposal;
import org.goldset.text.TextOffsets;

/**
 * Groups mentions of the same real event within a document, so an analyst can decide once: events
 * of the same type that share a core participant in the same role (the doer or the one done to,
 * compared by the last word of its name) and contradict none belong together. A shared word alone
 * is no evidence. Each mention keeps its own trigger; the group is an attribute, and the analyst can
 * split a mention off its group.
 */
public final class EventGrouping {

    private static final Set<String> CIRCUMSTANCES = Set.of("Place", "Time", "Instrument", "Origin", "Destination");

    private EventGrouping() {
    }

    /**
     * A group label per event, "g1", "g2", … in order of first mention. An event joins the first
     * earlier group of its type in which it shares a core participant (same role, same name) with
     * some mention and contradicts none: two mentions that both fill a core role with different
     * names are different events ("U.S. support for Saudi Arabia" and "U.S. supports ISIS").
     */
    public static List<String> group(List<EventProposal> events, TextOffsets text) {
        List<List<Map<String, Set<String>>>> groups = new ArrayList<>();
        List<String> types = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (EventProposal event : events) {
            Map<String, Set<String>> core = coreParticipants(event, text);
            int chosen = -1;
            for (int g = 0; g < groups.size() && chosen < 0 && !core.isEmpty(); g++) {
                if (types.get(g).equals(event.type()) && fits(groups.get(g), core)) {
                    chosen = g;
                }
            }
            if (chosen < 0) {
                groups.add(new ArrayList<>());
                types.add(event.type());
                chosen = groups.size() - 1;
            }
            groups.get(chosen).add(core);
            labels.add("g" + (chosen + 1));
        }
        return labels;
    }

    private static boolean fits(List<Map<String, Set<String>>> group, Map<String, Set<String>> core) {
        boolean shares = false;
        for (Map<String, Set<String>> member : group) {
            for (Map.Entry<String, Set<String>> role : core.entrySet()) {
                Set<String> theirs = member.get(role.getKey());
                if (theirs == null) {
                    continue;
                }
                if (java.util.Collections.disjoint(theirs, role.getValue())) {
                    return false;
                }
                shares = true;
            }
        }
        return shares;
    }

    /** Core role → the last words of its fillers' names ("Qasem Soleimani" and "Soleimani" match). */
    private static Map<String, Set<String>> coreParticipants(EventProposal event, TextOffsets text) {
        Map<String, Set<String>> core = new HashMap<>();
        for (EventProposal.ArgumentProposal argument : event.arguments()) {
            if (CIRCUMSTANCES.contains(argument.role())) {
                continue;
            }
            String name = text.slice(argument.entity().span().start(), argument.entity().span().end());
            String[] words = name.toLowerCase(Locale.ROOT).split("\\s+");
            core.computeIfAbsent(argument.role(), role -> new java.util.HashSet<>()).add(words[words.length - 1]);
        }
        return core;
    }

}
