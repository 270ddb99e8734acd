package org.goldset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A fresh SQLite file per test class, migrated by Flyway when the context starts. Tests run on real
 * files because an in-memory SQLite database is private to one pooled connection.
 *
 * <p>With {@code -Dgoldset.test.database=postgresql} (the {@code postgresql} Maven profile, run by
 * .ci/run) each test class gets a fresh PostgreSQL database instead, on the server named by
 * {@code goldset.test.postgresql.url} (default {@code jdbc:postgresql://localhost:5432/}), as role
 * {@code goldset} with password {@code goldset}, which may create databases.
 */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static Path register(DynamicPropertyRegistry registry) {
        Path file = newFile();
        registry.add("goldset.db", file::toString);
        if (onPostgresql()) {
            String database = PostgresqlTestDatabases.create();
            registry.add("spring.datasource.url", () -> PostgresqlTestDatabases.SERVER + database);
            registry.add("spring.datasource.username", () -> PostgresqlTestDatabases.ROLE);
            registry.add("spring.datasource.password", () -> PostgresqlTestDatabases.PASSWORD);
            registry.add("spring.jpa.database-platform", () -> "org.hibernate.dialect.PostgreSQLDialect");
            // Spring keeps up to 32 test contexts alive: small pools that empty when idle stay
            // within the server's 100 connections.
            registry.add("spring.datasource.hikari.maximum-pool-size", () -> "4");
            registry.add("spring.datasource.hikari.minimum-idle", () -> "0");
            registry.add("spring.datasource.hikari.idle-timeout", () -> "10000");
        }
        registry.add("goldset.seeds.enabled", () -> "false");
        // Tests start suggestion runs themselves, never in the background.
        registry.add("goldset.suggestion.after-import", () -> "false");
        return file;
    }

    /** Whether this test run is against PostgreSQL rather than SQLite. */
    public static boolean onPostgresql() {
        return "postgresql".equals(System.getProperty("goldset.test.database"));
    }

    public static Path newFile() {
        try {
            Path folder = Files.createTempDirectory("goldset-test-");
            folder.toFile().deleteOnExit();
            return folder.resolve("goldset.db");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The project's seeds folder: the five built-in articles. */
    public static Path seeds() {
        return Path.of("seeds").toAbsolutePath();
    }
}
