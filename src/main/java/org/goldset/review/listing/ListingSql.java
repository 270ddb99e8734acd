package org.goldset.review.listing;

/**
 * The documents list's SQL that differs between the databases: full-text search (SQLite's FTS5
 * table {@code document_search}, PostgreSQL's tsvector column {@code search_words}, both migration
 * V6) and finding text inside text. Everything else in the listing is the same SQL on both.
 */
record ListingSql(boolean postgresql) {

    /** A condition on document {@code d}: its words match the query bound to the one placeholder. */
    String searchCondition() {
        return postgresql ? "d.search_words @@ to_tsquery('goldset_search', ?)"
                : "d.id IN (SELECT rowid FROM document_search WHERE document_search MATCH ?)";
    }

    /** The query's argument for {@link #searchCondition()}. */
    String searchArgument(FullTextQuery query) {
        return postgresql ? query.tsquery() : query.fts5();
    }

    /** Counts the documents a search alone matches, when the index can do it without the documents. */
    java.util.Optional<String> searchOnlyCount() {
        return postgresql ? java.util.Optional.empty()
                : java.util.Optional.of("SELECT count(*) FROM document_search WHERE document_search MATCH ?");
    }

    /**
     * Whether the lower-cased {@code haystack} contains the text bound to the placeholder, lower-cased
     * by the same database function (SQLite's lower() folds ASCII only, PostgreSQL's every letter).
     */
    String contains(String haystack) {
        return (postgresql ? "strpos(" : "instr(") + haystack + ", lower(?)) > 0";
    }

    /**
     * Snippets of the given documents' text around what the query found, with hits between
     * {@link SearchSnippet#HIT_START} and {@link SearchSnippet#HIT_END}: rows of (id, snippet), with
     * {@link #snippetArguments} for its placeholders.
     */
    String snippets(String ids, long first, long last) {
        if (postgresql) {
            return "SELECT d.id, ts_headline('goldset_search', d.text, to_tsquery('goldset_search', ?),"
                    + " 'StartSel=' || ? || ', StopSel=' || ? || ', MaxWords=18, MinWords=8, MaxFragments=1')"
                    + " FROM document d WHERE d.id IN (" + ids + ")";
        }
        // FTS5 takes the rowid range as its own constraint (it skips the rest of its matches); the
        // list of ids then picks the page's documents inside that range.
        return "SELECT rowid, snippet(document_search, 3, ?, ?, '…', 12) FROM document_search"
                + " WHERE document_search MATCH ? AND rowid BETWEEN " + first + " AND " + last
                + " AND rowid IN (" + ids + ")";
    }

    Object[] snippetArguments(FullTextQuery query) {
        String start = String.valueOf(SearchSnippet.HIT_START);
        String end = String.valueOf(SearchSnippet.HIT_END);
        return postgresql ? new Object[] {query.tsquery(), start, end} : new Object[] {start, end, query.fts5()};
    }

    /** The document's analysts' layers with their state, "name=STATE" joined by commas, in name order. */
    String annotators() {
        return postgresql
                ? "(SELECT string_agg(s.layer || '=' || s.state, ',' ORDER BY s.layer) FROM layer_state s WHERE s.document_id = d.id)"
                : "(SELECT group_concat(layer || '=' || state, ',') FROM (SELECT s.layer, s.state FROM layer_state s"
                        + " WHERE s.document_id = d.id ORDER BY s.layer))";
    }
}
