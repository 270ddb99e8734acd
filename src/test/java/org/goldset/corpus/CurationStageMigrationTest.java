package org.goldset.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.goldset.PostgresqlTestDatabases;
import org.goldset.TestAnnotations;
import org.goldset.TestDatabase;
import org.goldset.base.DatabaseConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * V9 rebuilds SQLite's document table to allow CURATING. With foreign keys on (as Goldset always
 * connects), a careless rebuild deletes every annotation through ON DELETE CASCADE; this test runs on
 * a V8 database with rows in every table and checks that nothing is lost and every rule still holds.
 */
class CurationStageMigrationTest {

    private static final String NOW = "2026-11-30T10:00:00Z";

    @Test
    void documents_can_wait_for_curation_and_nothing_else_changes() {
        DataSource database = dataSource();
        flyway(database).target("8").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(database);
        long done = document(jdbc, "done", "DONE", "Hezbollah attacked Israel.");
        long open = document(jdbc, "open", "IN_REVIEW", "Rockets hit Metula on Tuesday.");
        long removed = document(jdbc, "removed", "NEW", "A third article.");
        jdbc.update("DELETE FROM document WHERE id = ?", removed);
        for (long id : new long[] {done, open}) {
            jdbc.update("INSERT INTO entity_mention (document_id, layer, start_offset, end_offset, label, status, origin_kind,"
                    + " created_at) VALUES (?, 'ana', 0, 7, 'ORGANIZATION', 'ACCEPTED', 'MANUAL', ?)", id, NOW);
            jdbc.update("INSERT INTO event (document_id, layer, event_type, trigger_start, trigger_end, status, origin_kind,"
                    + " created_at) VALUES (?, 'ana', 'ATTACK', 10, 18, 'ACCEPTED', 'MANUAL', ?)", id, NOW);
            jdbc.update("INSERT INTO event_argument (event_id, role, entity_mention_id, status, origin_kind, created_at)"
                    + " SELECT e.id, 'Attacker', m.id, 'ACCEPTED', 'MANUAL', ? FROM event e JOIN entity_mention m"
                    + " ON m.document_id = e.document_id WHERE e.document_id = ?", NOW, id);
            jdbc.update("INSERT INTO layer_state (document_id, layer, state, started_at) VALUES (?, 'ana', 'IN_PROGRESS', ?)",
                    id, NOW);
        }

        flyway(database).javaMigrations(new CurationStageMigration(), new ClaimActivityMigration()).load().migrate();

        assertThat(jdbc.queryForList("SELECT id, external_id, status, annotators_needed FROM document ORDER BY id"))
                .extracting(row -> row.get("id") + " " + row.get("external_id") + " " + row.get("status") + " "
                        + row.get("annotators_needed"))
                .containsExactly(done + " done DONE 1", open + " open IN_REVIEW 1");
        assertThat(count(jdbc, "entity_mention")).isEqualTo(2);
        assertThat(count(jdbc, "event")).isEqualTo(2);
        assertThat(count(jdbc, "event_argument")).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT active_at FROM layer_state WHERE document_id = ?", String.class, open))
                .isEqualTo(NOW);

        jdbc.update("UPDATE document SET status = 'CURATING' WHERE id = ?", open);
        assertThatThrownBy(() -> jdbc.update("UPDATE document SET status = 'GOLDEN' WHERE id = ?", open))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.update("UPDATE document SET annotators_needed = 0 WHERE id = ?", open))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.update("UPDATE document SET text = 'changed' WHERE id = ?", open))
                .isInstanceOf(DataAccessException.class);

        // V10 took V9's trigger away again: a decision row alone (as an import writes them) costs nothing more.
        jdbc.update("INSERT INTO decision (decided_at, actor, document_id, target_kind, target_id, action)"
                + " VALUES ('2026-11-30T11:00:00Z', 'ana', ?, 'DOCUMENT', ?, 'STATUS')", open, open);
        assertThat(jdbc.queryForObject("SELECT active_at FROM layer_state WHERE document_id = ?", String.class, open))
                .isEqualTo(NOW);

        // Ids are never reused, the tally and the search index still follow new documents, and deleting a
        // document still deletes its annotations.
        long added = document(jdbc, "added", "NEW", "Drones struck Port Sudan.");
        assertThat(added).isGreaterThan(removed);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM document_tally WHERE document_id = ?", Integer.class, added))
                .isEqualTo(1);
        if (!TestDatabase.onPostgresql()) {
            assertThat(jdbc.queryForList("SELECT rowid FROM document_search WHERE document_search MATCH 'Sudan OR Metula'"
                    + " ORDER BY rowid", Long.class)).containsExactly(open, added);
            assertThat(jdbc.queryForObject("PRAGMA foreign_keys", Integer.class)).isEqualTo(1);
        }
        jdbc.update("DELETE FROM document WHERE id = ?", done);
        assertThat(count(jdbc, "entity_mention")).isEqualTo(1);
        assertThat(count(jdbc, "event_argument")).isEqualTo(1);
        TestAnnotations.assertTalliesMatchTheRows(jdbc);
    }

    private static long document(JdbcTemplate jdbc, String externalId, String status, String text) {
        jdbc.update("INSERT INTO document (external_id, title, text, text_hash, text_length, status, imported_at)"
                + " VALUES (?, 'T', ?, ?, ?, ?, ?)", externalId, text, externalId, text.length(), status, NOW);
        return jdbc.queryForObject("SELECT id FROM document WHERE external_id = ?", Long.class, externalId);
    }

    private static int count(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("SELECT count(*) FROM " + table, Integer.class);
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(DataSource database) {
        return Flyway.configure().dataSource(database)
                .locations("classpath:db/migration/" + (TestDatabase.onPostgresql() ? "postgresql" : "sqlite"));
    }

    private static DataSource dataSource() {
        if (TestDatabase.onPostgresql()) {
            return new DriverManagerDataSource(PostgresqlTestDatabases.SERVER + PostgresqlTestDatabases.create(),
                    PostgresqlTestDatabases.ROLE, PostgresqlTestDatabases.PASSWORD);
        }
        // As Goldset connects: foreign keys on, which is what makes a careless rebuild delete annotations.
        return new DriverManagerDataSource("jdbc:sqlite:" + TestDatabase.newFile() + "?"
                + DatabaseConfiguration.CONNECTION_SETTINGS);
    }
}
