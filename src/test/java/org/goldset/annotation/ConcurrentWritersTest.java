package org.goldset.annotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.goldset.TestDatabase;
import org.goldset.annotation.Layers;
import org.goldset.text.Span;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Eight analysts saving at once on one Flyway-migrated SQLite file (or PostgreSQL database): every transaction reads, then
 * writes, which is the pattern that fails with SQLITE_BUSY unless transactions take the write lock
 * up front (docs/decisions/003-sqlite-settings.md).
 */
@SpringBootTest
class ConcurrentWritersTest {

    static final int WRITERS = 8;
    static final int TRANSACTIONS_EACH = 50;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @Autowired
    EntityService annotations;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void eight_concurrent_writers_never_fail_with_sqlite_busy() throws Exception {
        long documentId = insertDocument();
        AtomicInteger failures = new AtomicInteger();
        List<Throwable> errors = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> futures = new ArrayList<>();
        for (int writer = 0; writer < WRITERS; writer++) {
            int id = writer;
            futures.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < TRANSACTIONS_EACH; i++) {
                    try {
                        readThenWrite(documentId, id, i);
                    } catch (RuntimeException e) {
                        failures.incrementAndGet();
                        synchronized (errors) {
                            errors.add(e);
                        }
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> future : futures) {
            future.get();
        }
        pool.shutdown();

        assertThat(errors).isEmpty();
        assertThat(failures.get()).isZero();
        assertThat(annotations.findEntities(documentId, Layers.BASE)).hasSize(WRITERS * TRANSACTIONS_EACH);
        assertThat(jdbc.queryForObject("select count(*) from decision where document_id = ?", Integer.class, documentId))
                .isEqualTo(WRITERS * TRANSACTIONS_EACH);
        if (!TestDatabase.onPostgresql()) {
            assertThat(jdbc.queryForObject("pragma journal_mode", String.class)).isEqualToIgnoringCase("wal");
        }
    }

    private void readThenWrite(long documentId, int writer, int round) {
        transaction.executeWithoutResult(status -> {
            int existing = annotations.findEntities(documentId, Layers.BASE).size();
            int start = (writer * TRANSACTIONS_EACH + round) % 900;
            annotations.storeAnnotations(documentId, List.of(new EntityDraft(null, new Span(start, start + 5),
                    "PERSON", ReviewState.pending(), Origin.engine("test", "1", existing / 1000.0), null, null)),
                    List.of(), "writer-" + writer);
        });
    }

    private long insertDocument() {
        jdbc.update("insert into document (external_id, title, text, text_hash, text_length, imported_at)"
                + " values ('concurrency', 't', ?, 'hash-concurrency', 1000, ?)", "x".repeat(1000), Instant.now().toString());
        return jdbc.queryForObject("select id from document where external_id = 'concurrency'", Long.class);
    }
}
