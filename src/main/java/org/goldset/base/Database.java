package org.goldset.base;

import java.util.Locale;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Which database Goldset runs on, for the few statements whose SQL differs between SQLite and
 * PostgreSQL (full-text search, handing out ids). Everything else is written once, in SQL both
 * understand.
 */
public final class Database {

    private Database() {
    }

    public static boolean isPostgresql(JdbcTemplate jdbc) {
        String product = jdbc.execute((ConnectionCallback<String>) connection ->
                connection.getMetaData().getDatabaseProductName());
        return product != null && product.toLowerCase(Locale.ROOT).contains("postgresql");
    }
}
