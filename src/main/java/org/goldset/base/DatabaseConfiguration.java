package org.goldset.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The SQLite database file named by {@code goldset.db} (default {@code ./data/goldset.db}).
 *
 * <p>The connection settings are what held under 8 concurrent writers with no SQLITE_BUSY
 * failures: WAL so readers never block the writer, a busy timeout so writers queue instead of
 * failing, and {@code transaction_mode=IMMEDIATE} so every transaction takes the write lock up
 * front (a deferred read lock cannot be upgraded and fails at once under contention).
 * See docs/decisions/003-sqlite-settings.md.
 *
 * <p>A team server names a PostgreSQL database instead ({@code spring.datasource.url}, as the
 * {@code postgres} profile does); then Spring Boot's own pool connects to it and this file is not
 * used. See docs/decisions/012-postgresql.md.
 */
@Configuration
public class DatabaseConfiguration {

    public static final String CONNECTION_SETTINGS =
            "journal_mode=WAL&busy_timeout=10000&foreign_keys=true&synchronous=NORMAL&transaction_mode=IMMEDIATE";
    /** SQLite has one writer at a time; more connections only queue on the lock. */
    static final int POOL_SIZE = 4;

    @Bean(destroyMethod = "close")
    @Conditional(NoDatabaseUrl.class)
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

    /** True unless a JDBC URL names another database: then Boot's data source is the one. */
    static final class NoDatabaseUrl implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !context.getEnvironment().containsProperty("spring.datasource.url");
        }
    }

    private static void createParentFolder(Path file) {
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder for database " + file, e);
        }
    }
}
