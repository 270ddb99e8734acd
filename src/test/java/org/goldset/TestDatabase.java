package org.goldset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A fresh SQLite file per test class, migrated by Flyway when the context starts. Tests run on real
 * files because an in-memory SQLite database is private to one pooled connection.
 */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static Path register(DynamicPropertyRegistry registry) {
        Path file = newFile();
        registry.add("goldset.db", file::toString);
        registry.add("goldset.seeds.enabled", () -> "false");
        // Tests start suggestion runs themselves, never in the background.
        registry.add("goldset.suggestion.after-import", () -> "false");
        return file;
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
