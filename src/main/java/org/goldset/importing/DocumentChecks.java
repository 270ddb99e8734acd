package org.goldset.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.goldset.format.InputLimits;
import org.goldset.gold.GoldDocument;
import org.goldset.gold.GoldEntity;
import org.goldset.gold.GoldEvent;

/**
 * What every imported document must be, whatever its format, checked at the one gate all of them
 * pass ({@link GoldDocumentStore}): within the limits, storable exactly as given, and without
 * annotations repeated word for word (they would be counted twice in every figure and export).
 */
final class DocumentChecks {

    /** The database's limit on a document id (document.external_id), in code points. */
    static final int MAX_ID_LENGTH = 200;

    private DocumentChecks() {
    }

    /**
     * A file name's stem made a usable id: blank becomes "document", a stem beyond the limit is cut
     * (leaving room for the "~2" that tells apart two files cut to the same id).
     */
    static String idFromFileName(String stem) {
        String id = stem.strip();
        if (id.isEmpty() || id.equals(".")) {
            return "document";
        }
        int room = MAX_ID_LENGTH - 10;
        return id.codePointCount(0, id.length()) <= room ? id : id.substring(0, id.offsetByCodePoints(0, room));
    }

    /** Every problem of the document, in words; empty when it may be stored. */
    static List<String> problems(GoldDocument document, InputLimits limits) {
        List<String> problems = new ArrayList<>();
        int idLength = document.id().codePointCount(0, document.id().length());
        if (document.id().isBlank() || idLength > MAX_ID_LENGTH) {
            problems.add("the document id must be 1 to " + MAX_ID_LENGTH + " characters; it is " + idLength);
        }
        int characters = document.text().codePointCount(0, document.text().length());
        if (characters > limits.articleCharacters()) {
            problems.add(String.format("the article has %,d characters, more than the limit of %,d "
                    + "(goldset.limits.article-characters)", characters, limits.articleCharacters()));
        }
        int annotations = document.entities().size() + document.events().size();
        if (annotations > limits.annotationsPerDocument()) {
            problems.add(String.format("the document has %,d entities and events, more than the limit of %,d "
                    + "(goldset.limits.annotations-per-document)", annotations, limits.annotationsPerDocument()));
        }
        unpairedSurrogate("the text", document.text()).ifPresent(problems::add);
        unpairedSurrogate("the title", document.title()).ifPresent(problems::add);
        unpairedSurrogate("the id", document.id()).ifPresent(problems::add);
        problems.addAll(repeatedEntities(document.entities()));
        problems.addAll(repeatedEvents(document));
        return problems;
    }

    /**
     * A lone half of a surrogate pair ("\uD83D" without its partner, which JSON escapes allow) is no
     * character: UTF-8 cannot store it, and the database would silently turn it into "?", changing
     * the text the offsets count.
     */
    static java.util.Optional<String> unpairedSurrogate(String what, String value) {
        if (value == null) {
            return java.util.Optional.empty();
        }
        for (int i = 0, codePoint = 0; i < value.length(); codePoint++) {
            char c = value.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1));
            if (Character.isSurrogate(c) && !paired) {
                return java.util.Optional.of(what + " holds an unpaired surrogate (\\u" + String.format("%04X", (int) c)
                        + ") at character " + codePoint + ": not a character, and not storable as UTF-8");
            }
            i += paired ? 2 : 1;
        }
        return java.util.Optional.empty();
    }

    private static List<String> repeatedEntities(List<GoldEntity> entities) {
        List<String> problems = new ArrayList<>();
        Map<List<Object>, Integer> first = new HashMap<>();
        for (int i = 0; i < entities.size(); i++) {
            GoldEntity entity = entities.get(i);
            Integer earlier = first.putIfAbsent(List.of(entity.start(), entity.end(), entity.label(),
                    String.valueOf(entity.status())), i);
            if (earlier != null) {
                problems.add("entities[" + i + "] repeats entities[" + earlier + "] (same span [" + entity.start() + ", "
                        + entity.end() + "), label and status)");
            }
        }
        return problems;
    }

    private static List<String> repeatedEvents(GoldDocument document) {
        Map<String, GoldEntity> entityById = new HashMap<>();
        document.entities().forEach(entity -> entityById.putIfAbsent(entity.id(), entity));
        List<String> problems = new ArrayList<>();
        Map<List<Object>, Integer> first = new HashMap<>();
        for (int i = 0; i < document.events().size(); i++) {
            GoldEvent event = document.events().get(i);
            List<List<Object>> arguments = event.arguments().stream().map(argument -> {
                GoldEntity filler = entityById.get(argument.entity());
                return List.<Object>of(argument.role(), filler == null ? Objects.toString(argument.entity())
                        : filler.start() + ":" + filler.end());
            }).sorted(java.util.Comparator.comparing(Object::toString)).toList();
            Integer earlier = first.putIfAbsent(List.of(event.triggerStart(), event.triggerEnd(), event.type(),
                    String.valueOf(event.status()), arguments), i);
            if (earlier != null) {
                problems.add("events[" + i + "] repeats events[" + earlier + "] (same trigger, type, status and "
                        + "arguments)");
            }
        }
        return problems;
    }
}
