package org.goldset.base;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Hands out row ids for bulk inserts within one write transaction, so rows can be written in JDBC
 * batches and still point at each other (an argument at its event and entity) without a round trip
 * per row.
 *
 * <p>On SQLite the next id of a table is read once, after the largest id ever given (AUTOINCREMENT
 * never reuses an id, and undo brings rows back under their own), then counted up. That is only
 * valid while the transaction holds the database's write lock, which SQLite gives to one connection
 * at a time from its first write until commit: the first call takes it (a write that changes
 * nothing), so no other connection can insert into these tables until this one commits.
 *
 * <p>On PostgreSQL, where writers do not exclude each other, ids come from the table's identity
 * sequence, a thousand per round trip: unique whoever else inserts meanwhile.
 */
public final class RowIds {

    private static final int POSTGRESQL_BLOCK = 1000;

    private final JdbcTemplate jdbc;
    private final Map<String, Long> next = new HashMap<>();
    private final Map<String, Deque<Long>> reserved = new HashMap<>();
    private Boolean postgresql;
    private boolean holdingWriteLock;

    public RowIds(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The next id of {@code table}, one of Goldset's own tables (its name is not user input). */
    public long next(String table) {
        if (onPostgresql()) {
            Deque<Long> ids = reserved.computeIfAbsent(table, name -> new ArrayDeque<>());
            if (ids.isEmpty()) {
                ids.addAll(jdbc.queryForList("SELECT nextval(pg_get_serial_sequence(?, 'id'))"
                        + " FROM generate_series(1, ?)", Long.class, table, POSTGRESQL_BLOCK));
            }
            return ids.removeFirst();
        }
        long id = next.computeIfAbsent(table, this::firstFreeOnSqlite);
        next.put(table, id + 1);
        return id;
    }

    private boolean onPostgresql() {
        if (postgresql == null) {
            postgresql = Database.isPostgresql(jdbc);
        }
        return postgresql;
    }

    private long firstFreeOnSqlite(String table) {
        if (!holdingWriteLock) {
            jdbc.update("UPDATE sqlite_sequence SET seq = seq WHERE 0");
            holdingWriteLock = true;
        }
        Long largest = jdbc.queryForObject("SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = ?), 0),"
                + " coalesce((SELECT max(id) FROM " + table + "), 0))", Long.class, table);
        return (largest == null ? 0 : largest) + 1;
    }
}
