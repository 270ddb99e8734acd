package org.goldset.review.listing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.goldset.annotation.DocumentTally;
import org.goldset.base.AnalystIdentity;
import org.goldset.base.Database;
import org.goldset.base.InstantText;
import org.goldset.corpus.DocumentStatus;
import org.goldset.corpus.DocumentSummary;
import org.goldset.schema.AnnotationSchema;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents list, a page at a time: the database filters, sorts, counts and cuts the page, so
 * the list costs the same with five documents as with a hundred thousand. Every query reads an index
 * or the per-document tally (migrations V5 and V6), never every annotation.
 */
@PreAuthorize("hasRole('ANALYST')")
@Service
public class DocumentListing {

    private static final String COLUMNS = "d.id, d.external_id, d.title, d.outlet, d.published_on, d.status,"
            + " d.imported_at, d.text_length, t.pending, t.accepted, t.rejected, t.events, t.pending_events,"
            + " d.annotators_needed";
    /**
     * Each document with the counts of the layer its reader works in: their own when they have
     * started one, else the gold of a DONE document, else the shared suggestions. The reader's name is
     * the statement's first argument.
     */
    private static final String FROM = " FROM document d JOIN document_tally t ON t.document_id = d.id AND t.layer = "
            + AnnotationConditions.readersLayer("d.id", "d.status");

    /** The most documents a filter on annotation text lists (see {@link #count}). */
    public static final int TEXT_FILTER_LIMIT = 10_000;

    private final JdbcTemplate jdbc;
    private final AnnotationSchema schema;

    private volatile ListingSql sql;

    DocumentListing(JdbcTemplate jdbc, AnnotationSchema schema) {
        this.jdbc = jdbc;
        this.schema = schema;
    }

    private ListingSql sql() {
        if (sql == null) {
            sql = new ListingSql(Database.isPostgresql(jdbc));
        }
        return sql;
    }

    /** Who reads the list: the logged-in user (the service is only called with one). */
    private static String reader() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }

    /**
     * Curators list the whole corpus; an analyst lists their queue: the documents assigned to them,
     * taken from the pool by "Review next", or worked on (decision 017).
     */
    private static boolean readerSeesAll() {
        return AnalystIdentity.hasRole("CURATOR");
    }

    /** What the list can filter by: the schema's entity labels, then its event types. */
    public List<AnnotationFilter.Label> labels() {
        return java.util.stream.Stream.concat(
                schema.entityTypes().stream().map(type -> AnnotationFilter.Label.entity(type.name())),
                schema.eventTypes().stream().map(type -> AnnotationFilter.Label.event(type.name()))).toList();
    }

    /** One page of the matching documents in this order, with search snippets when the query searches. */
    @Transactional(readOnly = true)
    public List<DocumentRow> page(DocumentQuery query, DocumentOrder order, boolean descending, int offset,
                                  int limit) {
        Optional<FullTextQuery> search = FullTextQuery.of(query.search());
        if (query.search() != null && !query.search().isBlank() && search.isEmpty()) {
            return List.of(); // only punctuation was typed: nothing can match it
        }
        List<Object> arguments = new ArrayList<>();
        arguments.add(reader());
        String where = where(query, search, arguments);
        arguments.add(limit);
        arguments.add(offset);
        List<Row> rows = jdbc.query("SELECT " + COLUMNS + ", " + sql().annotators() + " AS annotators" + FROM + where + " ORDER BY " + order.orderBy(descending)
                + " LIMIT ? OFFSET ?", DocumentListing::row, arguments.toArray());
        Map<Long, SearchSnippet> snippets = search.map(words -> snippets(words, rows)).orElse(Map.of());
        return rows.stream().map(row -> new DocumentRow(row.summary(), row.tally(),
                snippets.get(row.summary().id()), row.annotators(), row.annotatorsNeeded())).toList();
    }

    /**
     * How many documents match. Words an annotation's text must contain are checked on the text of
     * every candidate, so that count stops at {@link #TEXT_FILTER_LIMIT} (and says there are more);
     * every other count reads indexes only and is exact.
     */
    @Transactional(readOnly = true)
    public Matches count(DocumentQuery query) {
        return count(query, TEXT_FILTER_LIMIT);
    }

    Matches count(DocumentQuery query, int textFilterLimit) {
        Optional<FullTextQuery> search = FullTextQuery.of(query.search());
        if (query.search() != null && !query.search().isBlank() && search.isEmpty()) {
            return new Matches(0, false);
        }
        List<Object> arguments = new ArrayList<>();
        String statement = null;
        // An analyst's list is their queue: only the general count below knows that condition.
        boolean wholeCorpus = readerSeesAll();
        if (wholeCorpus && search.isEmpty() && query.status() == null && query.annotation() != null) {
            statement = AnnotationConditions.countAlone(query.annotation(), arguments, reader()).orElse(null);
        } else if (wholeCorpus && search.isPresent() && query.status() == null && query.annotation() == null) {
            // The full-text index counts its own matches, without visiting a document.
            statement = sql().searchOnlyCount().orElse(null);
            arguments.add(sql().searchArgument(search.get()));
        }
        boolean capped = false;
        if (statement == null) {
            arguments.clear();
            capped = query.annotation() != null && query.annotation().coveredText() != null;
            statement = capped ? "SELECT count(*) FROM (SELECT 1 FROM document d" + where(query, search, arguments)
                    + " LIMIT " + (textFilterLimit + 1) + ") AS candidates"
                    : "SELECT count(*) FROM document d" + where(query, search, arguments);
        }
        Integer count = jdbc.queryForObject(statement, Integer.class, arguments.toArray());
        int found = count == null ? 0 : count;
        return capped && found > textFilterLimit ? new Matches(textFilterLimit, true) : new Matches(found, false);
    }

    /** The most documents one plan changes at once ({@link #ids}). */
    public static final int MOST_IDS = 100_000;

    /** The ids of the documents the query lists, in id order, at most {@link #MOST_IDS}. */
    @Transactional(readOnly = true)
    public List<Long> ids(DocumentQuery query) {
        Optional<FullTextQuery> search = FullTextQuery.of(query.search());
        if (query.search() != null && !query.search().isBlank() && search.isEmpty()) {
            return List.of();
        }
        List<Object> arguments = new ArrayList<>();
        String where = where(query, search, arguments);
        arguments.add(MOST_IDS);
        return jdbc.queryForList("SELECT d.id FROM document d" + where + " ORDER BY d.id LIMIT ?", Long.class,
                arguments.toArray());
    }

    /** How many documents a query lists and whether more match than it lists (see {@link #count}). */
    public record Matches(int listed, boolean more) {
    }

    /** How many documents the corpus holds in each status. */
    @Transactional(readOnly = true)
    public Map<DocumentStatus, Integer> statusCounts() {
        Map<DocumentStatus, Integer> counts = new HashMap<>();
        jdbc.query("SELECT status, count(*) FROM document GROUP BY status",
                row -> { counts.put(DocumentStatus.valueOf(row.getString(1)), row.getInt(2)); });
        return counts;
    }

    /**
     * Every engine that has suggested something in the corpus, in name order. Each engine costs one
     * index probe (a skip scan), however many suggestions it made.
     */
    @Transactional(readOnly = true)
    public List<String> engines() {
        String skipScan = """
                WITH RECURSIVE engines(name) AS (
                    SELECT min(engine_id) FROM %1$s WHERE engine_id IS NOT NULL
                    UNION ALL
                    SELECT (SELECT min(engine_id) FROM %1$s WHERE engine_id > engines.name)
                    FROM engines WHERE engines.name IS NOT NULL)
                SELECT name FROM engines WHERE name IS NOT NULL""";
        List<String> engines = new ArrayList<>(jdbc.queryForList(skipScan.formatted("entity_mention"), String.class));
        engines.addAll(jdbc.queryForList(skipScan.formatted("event"), String.class));
        return engines.stream().distinct().sorted().toList();
    }

    private String where(DocumentQuery query, Optional<FullTextQuery> search, List<Object> arguments) {
        List<String> conditions = new ArrayList<>();
        if (!readerSeesAll()) {
            conditions.add("EXISTS (SELECT 1 FROM layer_state q WHERE q.document_id = d.id AND q.layer = ?)");
            arguments.add(reader());
        }
        search.ifPresent(words -> {
            conditions.add(sql().searchCondition());
            arguments.add(sql().searchArgument(words));
        });
        if (query.status() != null) {
            conditions.add("d.status = ?");
            arguments.add(query.status().name());
        }
        if (query.annotation() != null) {
            conditions.add(AnnotationConditions.containing(query.annotation(), sql(), arguments, reader()));
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** Snippets of the page's documents: a dozen words of the article text around the hits. */
    private Map<Long, SearchSnippet> snippets(FullTextQuery words, List<Row> rows) {
        if (rows.isEmpty()) {
            return Map.of();
        }
        String ids = rows.stream().map(row -> String.valueOf(row.summary().id())).collect(Collectors.joining(","));
        long first = rows.stream().mapToLong(row -> row.summary().id()).min().orElseThrow();
        long last = rows.stream().mapToLong(row -> row.summary().id()).max().orElseThrow();
        Map<Long, SearchSnippet> snippets = new HashMap<>();
        jdbc.query(sql().snippets(ids, first, last), row -> {
            long id = row.getLong(1);
            SearchSnippet.parse(row.getString(2)).ifPresent(snippet -> snippets.put(id, snippet));
        }, sql().snippetArguments(words));
        return Collections.unmodifiableMap(snippets);
    }

    private static Row row(ResultSet row, int number) throws SQLException {
        String published = row.getString(5);
        return new Row(new DocumentSummary(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
                published == null ? null : LocalDate.parse(published), DocumentStatus.valueOf(row.getString(6)),
                InstantText.parse(row.getString(7)), row.getInt(8)),
                new DocumentTally(row.getLong(9), row.getLong(10), row.getLong(11), row.getLong(12), row.getLong(13)),
                DocumentRow.Annotator.parse(row.getString("annotators")), row.getInt("annotators_needed"));
    }

    private record Row(DocumentSummary summary, DocumentTally tally, List<DocumentRow.Annotator> annotators,
                       int annotatorsNeeded) {
    }
}
