package org.goldset.review.listing;

import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of "documents containing an annotation like this". Each part reads one of the indexes of
 * migration V6: by label or event type (then status) or, with no label, by engine. With words the
 * annotation's text must contain, the full-text index first narrows the documents to those whose
 * words start so, and only their annotations are read.
 */
final class AnnotationConditions {

    private AnnotationConditions() {
    }

    /** A condition on {@code d}, the document, adding its arguments in order. */
    static String containing(AnnotationFilter filter, List<Object> arguments) {
        List<AnnotationFilter.Kind> kinds = filter.label() != null ? List.of(filter.label().kind())
                : List.of(AnnotationFilter.Kind.ENTITY, AnnotationFilter.Kind.EVENT);
        if (filter.coveredText() == null) {
            List<String> any = new ArrayList<>();
            for (AnnotationFilter.Kind kind : kinds) {
                any.add("d.id IN (SELECT a.document_id" + from(kind) + " WHERE " + matching(kind, filter, arguments)
                        + ")");
            }
            return "(" + String.join(" OR ", any) + ")";
        }
        StringBuilder sql = new StringBuilder();
        FullTextQuery.of(filter.coveredText()).ifPresent(words -> {
            sql.append("d.id IN (SELECT rowid FROM document_search WHERE document_search MATCH ?) AND ");
            arguments.add(words);
        });
        List<String> any = new ArrayList<>();
        for (AnnotationFilter.Kind kind : kinds) {
            any.add("EXISTS (SELECT 1" + from(kind) + " WHERE a.document_id = d.id AND "
                    + matching(kind, filter, arguments) + " AND " + covers(kind) + ")");
            arguments.add(asciiLowerCase(filter.coveredText()));
        }
        return sql.append("(").append(String.join(" OR ", any)).append(")").toString();
    }

    private static String from(AnnotationFilter.Kind kind) {
        return kind == AnnotationFilter.Kind.ENTITY ? " FROM entity_mention a" : " FROM event a";
    }

    private static String matching(AnnotationFilter.Kind kind, AnnotationFilter filter, List<Object> arguments) {
        List<String> conditions = new ArrayList<>();
        if (filter.label() != null) {
            conditions.add((kind == AnnotationFilter.Kind.ENTITY ? "a.label" : "a.event_type") + " = ?");
            arguments.add(filter.label().name());
        }
        if (filter.engine() != null) {
            conditions.add("a.engine_id = ?");
            arguments.add(filter.engine());
        }
        if (filter.status() != null) {
            conditions.add("a.status = ?");
            arguments.add(filter.status().name());
        }
        return String.join(" AND ", conditions);
    }

    /**
     * The annotation's text contains the argument. Offsets count code points, as SQL's substr does;
     * SQL's lower() folds ASCII letters only, so the argument is lower-cased the same way.
     */
    private static String covers(AnnotationFilter.Kind kind) {
        boolean entity = kind == AnnotationFilter.Kind.ENTITY;
        String start = entity ? "a.start_offset" : "a.trigger_start";
        String end = entity ? "a.end_offset" : "a.trigger_end";
        return "instr(lower(substr(d.text, " + start + " + 1, " + end + " - " + start + ")), ?) > 0";
    }

    private static String asciiLowerCase(String text) {
        StringBuilder lower = new StringBuilder(text.length());
        text.codePoints().forEach(c -> lower.appendCodePoint(c < 128 ? Character.toLowerCase(c) : c));
        return lower.toString();
    }
}
