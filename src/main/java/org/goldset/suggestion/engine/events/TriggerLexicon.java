package org.goldset.suggestion.engine.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.goldset.schema.AnnotationSchema;
import org.goldset.schema.EventType;

/**
 * The event trigger lexicon ({@code events/triggers.tsv}, an editable data file): lemmas and
 * multi-word phrases of lemmas mapped to an event type and CAMEO code, for verbs, nouns or both.
 * Loading checks every line against the schema, so a typo in the file stops start-up with its line
 * number instead of silently losing a trigger. The event engine (issue 5) reads it.
 */
public final class TriggerLexicon {

    public static final String DEFAULT_RESOURCE = "/events/triggers.tsv";

    /** Which part of speech a trigger must have. */
    public enum PartOfSpeech { VERB, NOUN, ANY }

    /** One trigger: its lemmas in order, the event type and CAMEO code it signals. */
    public record Trigger(List<String> lemmas, String eventType, String cameo, PartOfSpeech pos) {

        public Trigger {
            lemmas = List.copyOf(lemmas);
        }

        public boolean acceptsTag(String pennTag) {
            return switch (pos) {
                case VERB -> pennTag.startsWith("VB");
                case NOUN -> pennTag.startsWith("NN");
                case ANY -> true;
            };
        }
    }

    private final Map<String, List<Trigger>> byFirstLemma = new HashMap<>();
    private final Set<String> eventTypes = new TreeSet<>();

    private TriggerLexicon() {
    }

    public static TriggerLexicon loadDefault(AnnotationSchema schema) {
        try (InputStream in = TriggerLexicon.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the trigger lexicon " + DEFAULT_RESOURCE + " is missing from the build");
            }
            return load(new String(in.readAllBytes(), StandardCharsets.UTF_8), schema, DEFAULT_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TriggerLexicon load(String content, AnnotationSchema schema, String source) {
        TriggerLexicon lexicon = new TriggerLexicon();
        String[] lines = content.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            lexicon.add(parse(line, i + 1, schema, source));
        }
        return lexicon;
    }

    private static Trigger parse(String line, int number, AnnotationSchema schema, String source) {
        String[] fields = line.split("\t");
        if (fields.length != 4) {
            throw error(source, number, "expected TYPE<TAB>CAMEO<TAB>trigger<TAB>pos; got: " + line);
        }
        EventType type = schema.eventType(fields[0]).orElseThrow(() -> error(source, number,
                "unknown event type " + fields[0] + " (the schema has: " + schema.eventTypeNames() + ")"));
        if (!type.cameoCodes().contains(fields[1])) {
            throw error(source, number, "CAMEO code " + fields[1] + " is not one of " + type.name() + "'s "
                    + type.cameoCodes());
        }
        List<String> lemmas = Arrays.stream(fields[2].strip().toLowerCase(Locale.ROOT).split("\\s+"))
                .filter(lemma -> !lemma.isEmpty()).toList();
        if (lemmas.isEmpty()) {
            throw error(source, number, "the trigger is empty");
        }
        PartOfSpeech pos;
        try {
            pos = PartOfSpeech.valueOf(fields[3].strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw error(source, number, "part of speech must be verb, noun or any; got " + fields[3]);
        }
        return new Trigger(lemmas, type.name(), fields[1], pos);
    }

    private void add(Trigger trigger) {
        List<Trigger> candidates = byFirstLemma.computeIfAbsent(trigger.lemmas().getFirst(), key -> new ArrayList<>());
        candidates.add(trigger);
        candidates.sort((a, b) -> Integer.compare(b.lemmas().size(), a.lemmas().size()));
        eventTypes.add(trigger.eventType());
    }

    /** Triggers starting with this lemma, longest phrase first. */
    public List<Trigger> startingWith(String lemma) {
        return byFirstLemma.getOrDefault(lemma.toLowerCase(Locale.ROOT), List.of());
    }

    /** Every trigger of the lexicon. */
    public List<Trigger> triggers() {
        return byFirstLemma.values().stream().flatMap(List::stream).toList();
    }

    /** The event types the lexicon can signal. */
    public Set<String> eventTypes() {
        return Set.copyOf(eventTypes);
    }

    private static IllegalStateException error(String source, int line, String problem) {
        return new IllegalStateException(source + " line " + line + ": " + problem);
    }
}
