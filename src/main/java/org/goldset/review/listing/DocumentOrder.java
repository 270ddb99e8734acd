package org.goldset.review.listing;

/**
 * A column the documents list sorts by, with the SQL that sorts it. Ties fall back to the order of
 * import, so paging through a sorted list never shows a document twice or skips one.
 */
public enum DocumentOrder {
    IMPORTED("d.id"),
    TITLE("lower(d.title)"),
    OUTLET("lower(d.outlet)"),
    PUBLISHED("d.published_on"),
    STATUS("CASE d.status WHEN 'NEW' THEN 0 WHEN 'IN_REVIEW' THEN 1 ELSE 2 END"),
    PENDING("t.pending"),
    ACCEPTED("t.accepted"),
    REJECTED("t.rejected"),
    EVENTS("t.pending_events DESC_OR_ASC, t.events"),
    LENGTH("d.text_length");

    private final String sql;

    DocumentOrder(String sql) {
        this.sql = sql;
    }

    /** The ORDER BY clause for this column in this direction. */
    String orderBy(boolean descending) {
        String direction = descending ? " DESC" : " ASC";
        return sql.replace(" DESC_OR_ASC", direction) + direction + ", d.id" + direction;
    }
}
