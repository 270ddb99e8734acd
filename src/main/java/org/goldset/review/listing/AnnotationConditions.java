package org.goldset.review.listing;

import java.util.ArrayList;
import java.util.List;
import org.goldset.annotation.Layers;

/**
 * The SQL of "documents containing an annotation like this", on the indexes of migration V6 (label or
 * event type, or engine; then document; then status). A page asks each document in list order
 * whether it has one, which stops as soon as the page is full; counting alone reads the index's
 * distinct documents. With words the annotation's text must contain, the full-text index first
 * narrows the documents to those whose words start so.
 */
final class AnnotationConditions {

    private AnnotationConditions() {
    }

    /**
     * The layer whose annotations the reader sees of a document (the first argument: the reader's
     * name): their own when they have started one, else the gold of a DONE document, else the shared
     * suggestions. {@code document} and {@code status} are the document's id and status columns.
     */
    static String readersLayer(String document, String status) {
        return "COALESCE((SELECT v.layer FROM document_tally v WHERE v.document_id = " + document + " AND v.layer = ?), "
                + Layers.documentsLayerSql(document, status) + ")";
    }

    /** A condition on {@code d}, the document, in the reader's layer, adding its arguments in order. */
    static String containing(AnnotationFilter filter, ListingSql dialect, List<Object> arguments, String reader) {
        StringBuilder sql = new StringBuilder();
        if (filter.coveredText() != null) {
            FullTextQuery.of(filter.coveredText()).ifPresent(words -> {
                sql.append(dialect.searchCondition()).append(" AND ");
                arguments.add(dialect.searchArgument(words));
            });
        }
        List<String> any = new ArrayList<>();
        for (AnnotationFilter.Kind kind : kinds(filter)) {
            String exists = "EXISTS (SELECT 1" + from(kind) + " WHERE " + matching(kind, filter, arguments)
                    + " AND a.document_id = d.id AND a.layer = " + readersLayer("d.id", "d.status");
            arguments.add(reader);
            if (filter.coveredText() != null) {
                exists += " AND " + dialect.contains(covered(kind));
                arguments.add(filter.coveredText());
            }
            any.add(exists + ")");
        }
        return sql.append("(").append(String.join(" OR ", any)).append(")").toString();
    }

    /**
     * How many documents contain such an annotation, when nothing else narrows the list: read from
     * the index alone, in document order. Empty when the filter needs the text (words to contain).
     */
    static java.util.Optional<String> countAlone(AnnotationFilter filter, List<Object> arguments, String reader) {
        if (filter.coveredText() != null) {
            return java.util.Optional.empty();
        }
        List<String> selects = new ArrayList<>();
        for (AnnotationFilter.Kind kind : kinds(filter)) {
            selects.add("SELECT a.document_id" + from(kind) + " JOIN document d ON d.id = a.document_id WHERE "
                    + matching(kind, filter, arguments) + " AND a.layer = " + readersLayer("d.id", "d.status"));
            arguments.add(reader);
        }
        return java.util.Optional.of(selects.size() == 1
                ? "SELECT count(DISTINCT document_id) FROM (" + selects.getFirst() + ") AS found"
                : "SELECT count(*) FROM (" + String.join(" UNION ", selects) + ") AS found");
    }

    private static List<AnnotationFilter.Kind> kinds(AnnotationFilter filter) {
        return filter.label() != null ? List.of(filter.label().kind())
                : List.of(AnnotationFilter.Kind.ENTITY, AnnotationFilter.Kind.EVENT);
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
     * The annotation's text, lower-cased. Offsets count code points, as SQL's substr does on both
     * databases.
     */
    private static String covered(AnnotationFilter.Kind kind) {
        boolean entity = kind == AnnotationFilter.Kind.ENTITY;
        String start = entity ? "a.start_offset" : "a.trigger_start";
        String end = entity ? "a.end_offset" : "a.trigger_end";
        return "lower(substr(d.text, " + start + " + 1, " + end + " - " + start + "))";
    }

}
