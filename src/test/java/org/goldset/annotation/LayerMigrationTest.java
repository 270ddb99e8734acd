package org.goldset.annotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.goldset.PostgresqlTestDatabases;
import org.goldset.TestAnnotations;
import org.goldset.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A database from before layers (V7) keeps everything when V8 runs: its annotations become the
 * shared layer, and each DONE document gets a gold layer that is an exact copy, event arguments
 * pointing at the gold's own entities; the counts per layer match the rows.
 */
class LayerMigrationTest {

    @Test
    void annotations_become_the_shared_layer_and_done_documents_get_their_gold() {
        DataSource database = dataSource();
        Flyway.configure().dataSource(database).locations("classpath:db/migration/" + vendor()).target("7").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(database);
        String now = "2026-11-30T10:00:00Z";
        for (String[] document : new String[][] {{"done", "DONE"}, {"open", "IN_REVIEW"}}) {
            jdbc.update("INSERT INTO document (external_id, title, text, text_hash, text_length, status, imported_at)"
                    + " VALUES (?, 'T', 'Hezbollah attacked Israel.', ?, 26, ?, ?)", document[0], document[0], document[1], now);
            long id = jdbc.queryForObject("SELECT id FROM document WHERE external_id = ?", Long.class, document[0]);
            jdbc.update("INSERT INTO entity_mention (document_id, start_offset, end_offset, label, status, origin_kind,"
                    + " decided_by, decided_at, created_at) VALUES (?, 0, 9, 'ORGANIZATION', 'ACCEPTED', 'MANUAL', 'ana', ?, ?)",
                    id, now, now);
            jdbc.update("INSERT INTO entity_mention (document_id, start_offset, end_offset, label, status, origin_kind,"
                    + " engine_id, created_at) VALUES (?, 19, 25, 'GPE', 'PENDING', 'ENGINE', 'gazetteer', ?)", id, now);
            jdbc.update("INSERT INTO event (document_id, event_type, trigger_start, trigger_end, status, origin_kind,"
                    + " created_at) VALUES (?, 'ATTACK', 10, 18, 'ACCEPTED', 'MANUAL', ?)", id, now);
            long event = jdbc.queryForObject("SELECT id FROM event WHERE document_id = ?", Long.class, id);
            long hezbollah = jdbc.queryForObject("SELECT id FROM entity_mention WHERE document_id = ? AND label = 'ORGANIZATION'",
                    Long.class, id);
            jdbc.update("INSERT INTO event_attribute (event_id, attr_key, attr_value) VALUES (?, 'modality', '\"asserted\"')", event);
            jdbc.update("INSERT INTO event_argument (event_id, role, entity_mention_id, status, origin_kind, created_at)"
                    + " VALUES (?, 'Attacker', ?, 'ACCEPTED', 'MANUAL', ?)", event, hezbollah, now);
        }

        Flyway.configure().dataSource(database).locations("classpath:db/migration/" + vendor()).load().migrate();

        assertThat(jdbc.queryForList("SELECT d.external_id, m.layer, m.label, m.status FROM entity_mention m"
                + " JOIN document d ON d.id = m.document_id ORDER BY d.external_id, m.layer, m.start_offset"))
                .extracting(row -> row.get("external_id") + " " + row.get("layer") + " " + row.get("label") + " " + row.get("status"))
                .containsExactly("done @base ORGANIZATION ACCEPTED", "done @base GPE PENDING",
                        "done @gold ORGANIZATION ACCEPTED", "done @gold GPE PENDING",
                        "open @base ORGANIZATION ACCEPTED", "open @base GPE PENDING");
        List<Map<String, Object>> goldArguments = jdbc.queryForList("""
                SELECT e.layer AS event_layer, m.layer AS entity_layer, a.role, x.attr_value
                FROM event_argument a JOIN event e ON e.id = a.event_id JOIN entity_mention m ON m.id = a.entity_mention_id
                JOIN event_attribute x ON x.event_id = e.id
                WHERE e.layer = '@gold'""");
        assertThat(goldArguments).singleElement().satisfies(row -> {
            assertThat(row.get("entity_layer")).isEqualTo("@gold");
            assertThat(row.get("role")).isEqualTo("Attacker");
            assertThat(row.get("attr_value")).isEqualTo("\"asserted\"");
        });
        assertThat(jdbc.queryForObject("SELECT count(*) FROM entity_mention WHERE layer = '@gold' AND copied_from IS NULL",
                Integer.class)).isZero();
        TestAnnotations.assertTalliesMatchTheRows(jdbc);
    }

    private static String vendor() {
        return TestDatabase.onPostgresql() ? "postgresql" : "sqlite";
    }

    private static DataSource dataSource() {
        if (TestDatabase.onPostgresql()) {
            return new DriverManagerDataSource(PostgresqlTestDatabases.SERVER + PostgresqlTestDatabases.create(),
                    PostgresqlTestDatabases.ROLE, PostgresqlTestDatabases.PASSWORD);
        }
        return new DriverManagerDataSource("jdbc:sqlite:" + TestDatabase.newFile());
    }
}
