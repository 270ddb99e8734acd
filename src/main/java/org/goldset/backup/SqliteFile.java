package org.goldset.backup;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A SQLite file opened on its own, outside the application's pools: a backup to check, or a file
 * to restore, before anything else touches it.
 */
final class SqliteFile implements AutoCloseable {

    private final Connection connection;

    private SqliteFile(Connection connection) {
        this.connection = connection;
    }

    static SqliteFile open(Path file) {
        try {
            return new SqliteFile(DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath()));
        } catch (SQLException e) {
            throw new BackupException("cannot open " + file + " as a SQLite database: " + e.getMessage(), e);
        }
    }

    /** Null when SQLite's quick_check finds the file sound; otherwise its first complaint. */
    String quickCheck() {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("PRAGMA quick_check")) {
            String first = result.next() ? result.getString(1) : "no answer";
            return "ok".equalsIgnoreCase(first) ? null : first;
        } catch (SQLException e) {
            return e.getMessage();
        }
    }

    /** Whether the file holds a Goldset corpus (its document table), not just any SQLite database. */
    boolean isGoldset() {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(
                     "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('document', 'decision')")) {
            return result.next() && result.getInt(1) == 2;
        } catch (SQLException e) {
            return false;
        }
    }

    long count(String table) {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT count(*) FROM " + table)) {
            return result.next() ? result.getLong(1) : 0;
        } catch (SQLException e) {
            throw new BackupException("cannot read " + table + " from the backup: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // read-only use: nothing to lose
        }
    }
}
