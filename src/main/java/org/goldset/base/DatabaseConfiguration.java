package org.goldset.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The SQLite database file named by {@code goldset.db} (default {@code ./data/goldset.db}).
 *
 * <p>The connection settings are what held under 8 concurrent writers with no SQLITE_BUSY
 * failures: WAL so readers never block the writer, a busy timeout so writers queue instead of
 * failing, and {@code transaction_mode=IMMEDIATE} so every transaction takes the write lock up
 * front (a deferred read lock cannot be upgraded and fails at once under contention).
 * See docs/decisions/003-sqlite-settings.md.
 */
@Configuration
public class DatabaseConfiguration {

    public static final String CONNECTION_SETTINGS =
            "journal_mode=WAL&busy_timeout=10000&foreign_keys=true&synchronous=NORMAL&transaction_mode=IMMEDIATE";
    /** SQLite has one writer at a time; more connections only queue on the lock. */
    static final int POOL_SIZE = 4;

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(GoldsetProperties properties) {
        String databaseFile = properties.db();
        Path file = Path.of(databaseFile).toAbsolutePath().normalize();
        createParentFolder(file);
        HikariConfig config = new HikariConfig();
        config.setPoolName("goldset-sqlite");
        config.setJdbcUrl("jdbc:sqlite:" + file + "?" + CONNECTION_SETTINGS);
        config.setMaximumPoolSize(POOL_SIZE);
        return new HikariDataSource(config);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    private static void createParentFolder(Path file) {
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder for database " + file, e);
        }
    }
}
