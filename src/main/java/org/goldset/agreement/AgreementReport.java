package org.goldset.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.goldset.base.Json;
import tools.jackson.databind.node.ObjectNode;

/**
 * The agreement figures: one set per pair of analysts and one for all pairs pooled (micro: the
 * counts of every pair summed, then the figures), as JSON (a stable interface) or as a table.
 */
public final class AgreementReport {

    private final Agreement.Documents documents;
    private final List<Map.Entry<List<String>, PairTally>> pairs;
    private final PairTally overall = new PairTally();

    private AgreementReport(Agreement.Documents documents, List<Map.Entry<List<String>, PairTally>> pairs) {
        this.documents = documents;
        this.pairs = pairs;
        pairs.forEach(pair -> overall.add(pair.getValue()));
    }

    static AgreementReport of(Agreement.Documents documents, Map<List<String>, PairTally> pairs) {
        return new AgreementReport(documents, new ArrayList<>(pairs.entrySet()));
    }

    public int pairCount() {
        return pairs.size();
    }

    /** {@code {"documents":"done","pairs":[{"a","b","documents",entities,triggers,arguments}…],"overall":{…}}}. */
    public ObjectNode toJson() {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("documents", documents.name().toLowerCase(Locale.ROOT));
        root.put("offsets", "code points");
        var list = root.putArray("pairs");
        for (Map.Entry<List<String>, PairTally> pair : pairs) {
            ObjectNode node = figures(pair.getValue());
            ObjectNode named = Json.MAPPER.createObjectNode().put("a", pair.getKey().get(0)).put("b", pair.getKey().get(1));
            named.setAll(node);
            list.add(named);
        }
        ObjectNode pooled = figures(overall);
        pooled.put("pairs", pairs.size());
        root.set("overall", pooled);
        return root;
    }

    private static ObjectNode figures(PairTally tally) {
        ObjectNode node = Json.MAPPER.createObjectNode().put("documents", tally.documents);
        long a = 0;
        long b = 0;
        long exact = 0;
        long overlap = 0;
        ObjectNode perLabel = Json.MAPPER.createObjectNode();
        for (Map.Entry<String, PairTally.LabelCounts> label : tally.labels.entrySet()) {
            PairTally.LabelCounts counts = label.getValue();
            a += counts.a;
            b += counts.b;
            exact += counts.exact;
            overlap += counts.overlap;
            ObjectNode one = perLabel.putObject(label.getKey()).put("a", counts.a).put("b", counts.b);
            put(one, "f1_exact", PairTally.f1(counts.exact, counts.a, counts.b));
            put(one, "f1_overlap", PairTally.f1(counts.overlap, counts.a, counts.b));
            put(one, "alpha", tally.alpha(counts));
        }
        ObjectNode entities = node.putObject("entities").put("a", a).put("b", b);
        put(entities, "f1_exact", PairTally.f1(exact, a, b));
        put(entities, "f1_overlap", PairTally.f1(overlap, a, b));
        put(entities, "alpha", tally.overallAlpha());
        put(entities, "kappa", tally.kappa());
        entities.put("tokens", tally.tokens);
        entities.set("per_label", perLabel);
        ObjectNode triggers = node.putObject("triggers").put("a", tally.triggersOfA).put("b", tally.triggersOfB);
        put(triggers, "f1", PairTally.f1(tally.triggersMatched, tally.triggersOfA, tally.triggersOfB));
        ObjectNode arguments = node.putObject("arguments").put("a", tally.argumentsOfA).put("b", tally.argumentsOfB);
        put(arguments, "f1", PairTally.f1(tally.argumentsMatched, tally.argumentsOfA, tally.argumentsOfB));
        put(arguments, "f1_complete", PairTally.f1(tally.completeArgumentsMatched, tally.completeArgumentsOfA,
                tally.completeArgumentsOfB));
        arguments.put("positions", tally.positions).put("incomplete", tally.incompletePositions);
        return node;
    }

    /** A figure rounded to four decimals, or null when it is undefined (nothing to compare). */
    private static void put(ObjectNode node, String name, Double value) {
        if (value == null || value.isNaN()) {
            node.putNull(name);
        } else {
            node.put(name, Math.round(value * 10_000) / 10_000.0);
        }
    }

    /** The same figures for people: one line per pair, the pooled line, then the pooled figures per label. */
    public String toTable() {
        ObjectNode json = toJson();
        StringBuilder table = new StringBuilder(String.format(Locale.ENGLISH,
                "Agreement over the documents both analysts of a pair %s (offsets in code points).%n%n",
                documents == Agreement.Documents.DONE ? "finished" : "have a layer of"));
        table.append(String.format(Locale.ENGLISH, "%-24s %6s %9s %9s %7s %7s %8s %7s %9s %9s %10s%n", "pair", "docs",
                "F1 exact", "F1 overl", "alpha", "kappa", "trig F1", "arg F1", "arg F1 c", "positions", "incomplete"));
        json.get("pairs").forEach(pair -> table.append(line(pair.get("a").asString() + " / " + pair.get("b").asString(),
                (ObjectNode) pair)));
        table.append(line("all pairs", (ObjectNode) json.get("overall")));
        table.append(String.format(Locale.ENGLISH, "%nPer label, all pairs:%n%-16s %7s %7s %9s %9s %7s%n", "label", "a", "b",
                "F1 exact", "F1 overl", "alpha"));
        json.get("overall").get("entities").get("per_label").properties().forEach(label -> table.append(String.format(
                Locale.ENGLISH, "%-16s %7d %7d %9s %9s %7s%n", label.getKey(), label.getValue().get("a").asLong(),
                label.getValue().get("b").asLong(), figure(label.getValue(), "f1_exact"),
                figure(label.getValue(), "f1_overlap"), figure(label.getValue(), "alpha"))));
        return table.toString();
    }

    private static String line(String name, ObjectNode figures) {
        var entities = figures.get("entities");
        var arguments = figures.get("arguments");
        return String.format(Locale.ENGLISH, "%-24s %6d %9s %9s %7s %7s %8s %7s %9s %9d %10d%n", name,
                figures.get("documents").asInt(), figure(entities, "f1_exact"), figure(entities, "f1_overlap"),
                figure(entities, "alpha"), figure(entities, "kappa"), figure(figures.get("triggers"), "f1"),
                figure(arguments, "f1"), figure(arguments, "f1_complete"), arguments.get("positions").asLong(),
                arguments.get("incomplete").asLong());
    }

    private static String figure(tools.jackson.databind.JsonNode node, String name) {
        return node.get(name).isNull() ? "–" : String.format(Locale.ENGLISH, "%.3f", node.get(name).asDouble());
    }
}
