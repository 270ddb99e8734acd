package org.goldset.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import org.goldset.TestDatabase;
import org.goldset.annotation.AnnotationStatus;
import org.goldset.annotation.EntityMention;
import org.goldset.annotation.EntityService;
import org.goldset.annotation.Layers;
import org.goldset.text.Span;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Another process holds SQLite's write lock (an import, a script's {@code BEGIN IMMEDIATE}): reads go on
 * from the WAL snapshot, a write gives up after the busy timeout and says the database is busy, and
 * once the lock goes every connection of both pools works again, without a restart.
 */
@SpringBootTest(properties = "goldset.storage.busy-timeout=1s")
class WriteLockTest {

    private static Path databaseFile;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        databaseFile = TestDatabase.register(registry);
    }

    @Autowired
    EntityService entities;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    long documentId;

    @BeforeEach
    void oneDocumentWithOneEntity() {
        assumeThat(TestDatabase.onPostgresql()).as("SQLite's file lock").isFalse();
        jdbc.update("DELETE FROM document");
        jdbc.update("insert into document (external_id, title, text, text_hash, text_length, imported_at)"
                + " values ('locks', 't', ?, 'hash-locks', 100, ?)", "x".repeat(100), Instant.now().toString());
        documentId = jdbc.queryForObject("select id from document where external_id = 'locks'", Long.class);
        entities.addManualEntity(documentId, Layers.BASE, new Span(0, 5), "PERSON", "ana");
    }

    @Test
    void reads_go_on_while_another_process_holds_the_write_lock_and_writes_say_the_database_is_busy() throws Exception {
        EntityMention mention = entities.findEntities(documentId, Layers.BASE).getFirst();
        try (Connection otherProcess = DriverManager.getConnection("jdbc:sqlite:" + databaseFile);
             Statement statement = otherProcess.createStatement()) {
            statement.execute("BEGIN IMMEDIATE");
            statement.execute("UPDATE document SET title = 'uncommitted' WHERE id = " + documentId);

            // Read-only transactions read the last committed state and never wait for the lock.
            for (int i = 0; i < 3 * DatabaseConfiguration.POOL_SIZE; i++) {
                assertThat(entities.findEntities(documentId, Layers.BASE)).hasSize(1);
            }
            assertThat(jdbc.queryForObject("select title from document where id = ?", String.class, documentId))
                    .isEqualTo("t");
            // A write gives up after the busy timeout, recognisably.
            for (int i = 0; i < DatabaseConfiguration.POOL_SIZE + 1; i++) {
                assertThatThrownBy(() -> entities.acceptEntity(mention.getId(), mention.getVersion(), "ana"))
                        .satisfies(failure -> assertThat(DatabaseBusy.isBusy(failure)).as(failure.toString()).isTrue());
            }
            statement.execute("ROLLBACK");
        }

        // Every connection in the pools works again: more writes than there are connections.
        EntityMention current = entities.findEntity(mention.getId()).orElseThrow();
        for (int i = 0; i < 3 * DatabaseConfiguration.POOL_SIZE; i++) {
            current = i % 2 == 0 ? entities.acceptEntity(current.getId(), current.getVersion(), "ana")
                    : entities.rejectEntity(current.getId(), current.getVersion(), "ana");
        }
        assertThat(entities.findEntity(mention.getId()).orElseThrow().getStatus()).isEqualTo(AnnotationStatus.REJECTED);
        assertThat(jdbc.queryForObject("select count(*) from decision where document_id = ?", Integer.class, documentId))
                .isEqualTo(1 + 3 * DatabaseConfiguration.POOL_SIZE);
    }

    @Test
    void a_read_only_transaction_cannot_write() {
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        assertThatThrownBy(() -> readOnly.executeWithoutResult(status ->
                jdbc.update("UPDATE document SET title = 'changed' WHERE id = ?", documentId)))
                .hasMessageContaining("readonly");
        assertThat(jdbc.queryForObject("select title from document where id = ?", String.class, documentId))
                .isEqualTo("t");
    }
}
