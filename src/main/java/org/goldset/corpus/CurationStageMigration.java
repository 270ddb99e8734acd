package org.goldset.corpus;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Migration V9 (issue 13, decision 017): a document can now wait for curation ({@code CURATING},
 * between {@code IN_REVIEW} and {@code DONE}) and says how many analysts annotate it
 * ({@code annotators_needed}); an analyst's claim on a document records who assigned it and when it
 * was last worked on ({@code layer_state.assigned_by}, {@code active_at}).
 *
 * <p>It is Java because SQLite cannot change a CHECK constraint in place: the table is rebuilt by
 * SQLite's own procedure (lang_altertable.html, "making other kinds of table schema changes"), which
 * needs foreign keys off — with them on, dropping the old table would delete every annotation through
 * ON DELETE CASCADE — and {@code PRAGMA foreign_keys} cannot change inside the transaction Flyway
 * would wrap a SQL script in. So this migration manages its own transaction: foreign keys off, then
 * one transaction that either rebuilds everything and passes {@code foreign_key_check} or leaves the
 * database as it was. PostgreSQL changes the constraint in place. Spring Boot hands every
 * {@link JavaMigration} bean to Flyway. (V9's trigger on {@code decision} is dropped again by V10,
 * {@link ClaimActivityMigration}: it slowed imports.)
 */
@Component
public class CurationStageMigration implements JavaMigration {

    /** The document table as of V9: V1's, with CURATING and annotators_needed. */
    private static final String SQLITE_DOCUMENT = """
            CREATE TABLE document_v9 (
                id                INTEGER PRIMARY KEY AUTOINCREMENT,
                external_id       TEXT    NOT NULL UNIQUE CHECK (length(external_id) BETWEEN 1 AND 200),
                title             TEXT    NOT NULL,
                text              TEXT    NOT NULL,
                text_hash         TEXT    NOT NULL UNIQUE,
                text_length       INTEGER NOT NULL CHECK (text_length >= 0),
                outlet            TEXT,
                byline            TEXT,
                published_on      TEXT,
                url               TEXT,
                source_file       TEXT,
                status            TEXT    NOT NULL DEFAULT 'NEW'
                                  CHECK (status IN ('NEW', 'IN_REVIEW', 'CURATING', 'DONE')),
                imported_at       TEXT    NOT NULL,
                version           INTEGER NOT NULL DEFAULT 0,
                annotators_needed INTEGER NOT NULL DEFAULT 1 CHECK (annotators_needed BETWEEN 1 AND 10)
            )""";

    private static final String DOCUMENT_COLUMNS = "id, external_id, title, text, text_hash, text_length, outlet,"
            + " byline, published_on, url, source_file, status, imported_at, version";

    /**
     * "Review next" walks the documents still being annotated in id order, reading how many analysts
     * each needs: from this index alone, never from the row (which holds the whole article text).
     */
    private static final String POOL_INDEX = "CREATE INDEX document_pool ON document (id, annotators_needed)"
            + " WHERE status IN ('NEW', 'IN_REVIEW')";

    private static final List<String> LAYER_STATE = List.of(
            "ALTER TABLE layer_state ADD COLUMN assigned_by TEXT",
            "ALTER TABLE layer_state ADD COLUMN active_at TEXT",
            "UPDATE layer_state SET active_at = coalesce(finished_at, started_at)");

    /**
     * Every decision an analyst makes on a document keeps their claim on it alive (the abandonment
     * timeout counts from the last one); decisions are recorded by actor, whose name is their layer's.
     */
    private static final String SQLITE_ACTIVITY = """
            CREATE TRIGGER decision_keeps_layer_active AFTER INSERT ON decision
            BEGIN
                UPDATE layer_state SET active_at = NEW.decided_at
                WHERE document_id = NEW.document_id AND layer = NEW.actor AND state = 'IN_PROGRESS';
            END""";

    private static final List<String> POSTGRESQL_ACTIVITY = List.of("""
            CREATE FUNCTION decision_keeps_layer_active() RETURNS trigger AS $$
            BEGIN
                UPDATE layer_state SET active_at = NEW.decided_at
                WHERE document_id = NEW.document_id AND layer = NEW.actor AND state = 'IN_PROGRESS';
                RETURN NULL;
            END $$ LANGUAGE plpgsql""", """
            CREATE TRIGGER decision_keeps_layer_active AFTER INSERT ON decision
                FOR EACH ROW EXECUTE FUNCTION decision_keeps_layer_active()""");

    private static final List<String> POSTGRESQL = List.of(
            "ALTER TABLE document DROP CONSTRAINT document_status_check",
            "ALTER TABLE document ADD CONSTRAINT document_status_check"
                    + " CHECK (status IN ('NEW', 'IN_REVIEW', 'CURATING', 'DONE'))",
            "ALTER TABLE document ADD COLUMN annotators_needed INTEGER NOT NULL DEFAULT 1"
                    + " CHECK (annotators_needed BETWEEN 1 AND 10)");

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("9");
    }

    @Override
    public String getDescription() {
        return "curation stage and assignments";
    }

    @Override
    public Integer getChecksum() {
        return 9_017;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return false;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        if (connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
            inOneTransaction(connection, () -> {
                execute(connection, POSTGRESQL);
                execute(connection, List.of(POOL_INDEX));
                execute(connection, LAYER_STATE);
                execute(connection, POSTGRESQL_ACTIVITY);
            });
        } else {
            migrateSqlite(connection);
        }
    }

    private static void migrateSqlite(Connection connection) throws SQLException {
        execute(connection, List.of("PRAGMA foreign_keys = OFF"));
        try {
            inOneTransaction(connection, () -> {
                List<String> indexesAndTriggers = queryStrings(connection, "SELECT sql FROM sqlite_master"
                        + " WHERE tbl_name = 'document' AND type IN ('index', 'trigger') AND sql IS NOT NULL");
                // AUTOINCREMENT never reuses an id: keep the highest one ever given, not only the highest left.
                List<String> sequence = queryStrings(connection,
                        "SELECT CAST(seq AS TEXT) FROM sqlite_sequence WHERE name = 'document'");
                List<String> rebuild = new ArrayList<>(List.of(SQLITE_DOCUMENT,
                        "INSERT INTO document_v9 (" + DOCUMENT_COLUMNS + ") SELECT " + DOCUMENT_COLUMNS + " FROM document",
                        "DROP TABLE document",
                        "ALTER TABLE document_v9 RENAME TO document"));
                rebuild.addAll(indexesAndTriggers);
                rebuild.add(POOL_INDEX);
                if (!sequence.isEmpty()) {
                    rebuild.add("UPDATE sqlite_sequence SET seq = max(seq, " + Long.parseLong(sequence.getFirst())
                            + ") WHERE name = 'document'");
                }
                execute(connection, rebuild);
                execute(connection, LAYER_STATE);
                execute(connection, List.of(SQLITE_ACTIVITY));
                List<String> broken = queryStrings(connection, "SELECT \"table\" FROM pragma_foreign_key_check");
                if (!broken.isEmpty()) {
                    throw new SQLException("V9 would leave rows pointing at missing documents in " + broken);
                }
            });
        } finally {
            execute(connection, List.of("PRAGMA foreign_keys = ON"));
        }
    }

    private interface Work {
        void run() throws SQLException;
    }

    private static void inOneTransaction(Connection connection, Work work) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            work.run();
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static void execute(Connection connection, List<String> statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static List<String> queryStrings(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
