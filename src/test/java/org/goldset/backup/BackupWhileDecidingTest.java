package org.goldset.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.goldset.TestDatabase;
import org.goldset.base.GoldsetProperties;
import org.goldset.annotation.EntityMention;
import org.goldset.annotation.EntityService;
import org.goldset.annotation.Layers;
import org.goldset.text.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A backup taken while an analyst keeps deciding holds every decision acknowledged before it began
 * (a plain copy of the file misses those still in the WAL), and is a sound SQLite file.
 */
@SpringBootTest
class BackupWhileDecidingTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @Autowired
    SqliteBackup backup;
    @Autowired
    EntityService entities;
    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path folder;

    @Test
    void scheduled_backups_are_named_by_time_and_only_the_newest_are_kept() throws Exception {
        assumeThat(TestDatabase.onPostgresql()).as("a SQLite backup").isFalse();
        Path backups = folder.resolve("backups");
        GoldsetProperties properties = new GoldsetProperties("db", "", "", null, null, null, null, null, null,
                new GoldsetProperties.Backup(backups.toString(), java.time.Duration.ofHours(6), 2), null, null);
        Instant start = Instant.parse("2026-11-30T10:00:00Z");
        for (int i = 0; i < 4; i++) {
            ScheduledBackups scheduled = new ScheduledBackups(backup, properties,
                    java.time.Clock.fixed(start.plus(java.time.Duration.ofHours(6L * i)), java.time.ZoneOffset.UTC));
            assertThat(scheduled.backUp()).isNotNull();
            scheduled.destroy();
        }
        try (var files = java.nio.file.Files.list(backups)) {
            assertThat(files.map(file -> file.getFileName().toString()).sorted())
                    .containsExactly("goldset-20261130-220000.db", "goldset-20261201-040000.db");
        }
    }

    @Test
    void a_backup_during_a_decision_burst_holds_every_decision_acknowledged_before_it() throws Exception {
        assumeThat(TestDatabase.onPostgresql()).as("a SQLite backup").isFalse();
        jdbc.update("DELETE FROM document");
        jdbc.update("INSERT INTO document (external_id, title, text, text_hash, text_length, imported_at)"
                + " VALUES ('burst', 't', ?, 'hash-burst', 5000, ?)", "x".repeat(5000), Instant.now().toString());
        long documentId = jdbc.queryForObject("SELECT id FROM document WHERE external_id = 'burst'", Long.class);
        Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
        ExecutorService analyst = Executors.newSingleThreadExecutor();
        Future<?> burst = analyst.submit(() -> {
            for (int i = 0; i < 400; i++) {
                EntityMention added = entities.addManualEntity(documentId, Layers.BASE, new Span(i * 10, i * 10 + 5),
                        "PERSON", "ana");
                acknowledged.add(added.getId()); // the service returned: the analyst was told it is saved
            }
            return null;
        });
        while (acknowledged.size() < 100) {
            Thread.sleep(1);
        }
        Set<Long> before = new HashSet<>(acknowledged);
        SqliteBackup.Backup made = backup.writeTo(folder.resolve("during.db"));
        burst.get(2, TimeUnit.MINUTES);
        analyst.shutdown();

        Set<Long> inBackup = new HashSet<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + made.file());
             ResultSet rows = connection.createStatement().executeQuery("SELECT id FROM entity_mention")) {
            while (rows.next()) {
                inBackup.add(rows.getLong(1));
            }
        }
        assertThat(inBackup).containsAll(before);
        assertThat(made.annotations()).isEqualTo(inBackup.size());
        try (SqliteFile file = SqliteFile.open(made.file())) {
            assertThat(file.quickCheck()).isNull();
        }
    }
}
