package org.goldset.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import javax.sql.DataSource;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
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
 * failing, and {@code transaction_mode=IMMEDIATE} for transactions that may write, so they take
 * the write lock up front (a deferred read lock cannot be upgraded and fails at once under
 * contention). Read-only transactions begin DEFERRED on a pool of their own and never wait.
 * See docs/decisions/003-sqlite-settings.md and 020-locks-and-snapshots.md.
 *
 * <p>A team server names a PostgreSQL database instead ({@code spring.datasource.url}, as the
 * {@code postgres} profile does); then Spring Boot's own pool connects to it and this file is not
 * used. See docs/decisions/012-postgresql.md.
 */
@Configuration
public class DatabaseConfiguration {

    /** Every connection's settings; the write pool adds {@link #WRITER_SETTINGS}, the read pool {@link #READER_SETTINGS}. */
    public static final String CONNECTION_SETTINGS =
            "journal_mode=WAL&foreign_keys=true&synchronous=NORMAL";
    static final String WRITER_SETTINGS = "&transaction_mode=IMMEDIATE";
    static final String READER_SETTINGS = "&transaction_mode=DEFERRED";
    /** SQLite has one writer at a time; more connections only queue on the lock. */
    static final int POOL_SIZE = 4;

    /**
     * Two pools behind one data source: read-only transactions ({@code @Transactional(readOnly = true)})
     * get a connection that begins DEFERRED, reads a WAL snapshot and never waits for a writer, even
     * one that holds the lock for minutes; everything else gets one that begins IMMEDIATE. The read
     * pool's connections are {@code query_only}: a read-only transaction that tries to write fails
     * loudly instead of taking the lock.
     */
    @Bean
    @Conditional(NoDatabaseUrl.class)
    DataSource dataSource(GoldsetProperties properties) {
        Path file = Path.of(properties.db()).toAbsolutePath().normalize();
        createParentFolder(file);
        String settings = CONNECTION_SETTINGS + "&busy_timeout=" + properties.storage().busyTimeout().toMillis();
        HikariDataSource writer = pool("goldset-sqlite", "jdbc:sqlite:" + file + "?" + settings + WRITER_SETTINGS,
                null);
        HikariDataSource reader = pool("goldset-sqlite-read", "jdbc:sqlite:" + file + "?" + settings + READER_SETTINGS,
                "PRAGMA query_only = true");
        if (properties.storage().checkAtStart()) {
            quickCheck(writer, file);
        }
        return new SqlitePools(writer, reader);
    }

    /**
     * Refuses to start on a damaged file, with a message saying what to do, instead of failing later
     * on the first page that touches the damage.
     */
    private static void quickCheck(HikariDataSource pool, Path file) {
        String answer;
        try {
            answer = new JdbcTemplate(pool).queryForList("PRAGMA quick_check", String.class).getFirst();
        } catch (DataAccessException e) {
            answer = e.getMostSpecificCause().getMessage(); // not a database at all, or unreadable
        }
        if (!"ok".equalsIgnoreCase(answer)) {
            pool.close();
            throw new IllegalStateException("The database " + file + " is damaged (SQLite's quick_check says: " + answer
                    + "). Goldset will not start on it. Restore the latest backup with: java -jar goldset.jar restore "
                    + "--db " + file + " --from BACKUP --force (the damaged file is kept beside it)");
        }
    }

    private static HikariDataSource pool(String name, String url, String initSql) {
        HikariConfig config = new HikariConfig();
        config.setConnectionInitSql(initSql);
        config.setPoolName(name);
        config.setJdbcUrl(url);
        config.setMaximumPoolSize(POOL_SIZE);
        // A connection that met a lock it could not get is closed, never handed out again half-open.
        config.setExceptionOverrideClassName(BrokenByLockOverride.class.getName());
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
