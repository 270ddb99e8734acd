package org.goldset.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.goldset.TestDatabase;
import org.goldset.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An export taken while analysts work is one committed state of the database, not a mix: a change
 * committed after the export began is not in it, even in pages read after the change.
 */
@SpringBootTest
class ExportSnapshotTest {

    private static final int DOCUMENTS = 5 * GoldExporter.PAGE_SIZE;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @Autowired
    GoldExporter exporter;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void manyFinishedDocuments() {
        jdbc.update("DELETE FROM document");
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < DOCUMENTS; i++) {
            rows.add(new Object[] {"doc-" + i, "title " + i, "Text of article " + i + ".", "hash-snapshot-" + i,
                    ("Text of article " + i + ".").length(), Instant.now().toString()});
        }
        jdbc.batchUpdate("INSERT INTO document (external_id, title, text, text_hash, text_length, imported_at, status)"
                + " VALUES (?, ?, ?, ?, ?, ?, 'DONE')", rows);
    }

    @Test
    void a_change_committed_while_the_export_runs_is_not_in_it() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean[] changed = {false};
        TestUsers.asAdministrator(() -> exporter.exportJsonl(out, ExportOptions.GOLD, written -> {
            if (!changed[0]) {
                // After the first page is written, and before the last page is read (at most
                // PrefetchedPages.AHEAD pages are read ahead): an analyst changes the first and last documents.
                jdbc.update("UPDATE document SET title = 'changed during the export' WHERE external_id IN (?, ?)",
                        "doc-0", "doc-" + (DOCUMENTS - 1));
                changed[0] = true;
            }
        }));

        List<JsonNode> lines = out.toString(StandardCharsets.UTF_8).lines()
                .map(line -> JsonMapper.builder().build().readTree(line)).toList();
        assertThat(changed[0]).isTrue();
        assertThat(lines).hasSize(DOCUMENTS);
        assertThat(lines.getFirst().get("title").asString()).isEqualTo("title 0");
        assertThat(lines.getLast().get("title").asString()).isEqualTo("title " + (DOCUMENTS - 1));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM document WHERE title = 'changed during the export'",
                Integer.class)).isEqualTo(2);
    }
}
