package org.goldset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.goldset.annotation.EntityMention;
import org.goldset.annotation.Event;
import org.goldset.export.ExportOptions;
import org.goldset.export.GoldExporter;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Shortcuts the tests share for putting annotations in and reading the gold out. */
public final class TestAnnotations {

    private TestAnnotations() {
    }

    /**
     * Adds a pending engine argument to an existing event, as the event engine's storage does (a row
     * pointing at an entity mention stored earlier, which the services offer no call for).
     */
    public static void attachSuggestedArgument(JdbcTemplate jdbc, Event event, String role, EntityMention mention) {
        jdbc.update("insert into event_argument (event_id, role, entity_mention_id, status, origin_kind, engine_id,"
                + " engine_version, score, created_at) values (?, ?, ?, 'PENDING', 'ENGINE', 'events', 'test', 0.7, ?)",
                event.getId(), role, mention.getId(), Instant.now().toString());
    }

    /** The gold export (DONE documents, ACCEPTED annotations) of a corpus with one document done. */
    public static JsonNode goldOfTheOneDoneDocument(GoldExporter exporter) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.exportJsonl(out, ExportOptions.GOLD, GoldExporter.ExportProgress.NONE);
        return JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8).strip());
    }

    /**
     * The counts the database keeps per document (document_tally, kept by triggers) are exactly what
     * counting the rows gives, for every document.
     */
    public static void assertTalliesMatchTheRows(JdbcTemplate jdbc) {
        String counted = """
                SELECT t.document_id, t.layer,
                  (SELECT count(*) FROM entity_mention m WHERE m.document_id = t.document_id AND m.layer = t.layer
                     AND m.status = 'PENDING') AS pending,
                  (SELECT count(*) FROM entity_mention m WHERE m.document_id = t.document_id AND m.layer = t.layer
                     AND m.status = 'ACCEPTED') AS accepted,
                  (SELECT count(*) FROM entity_mention m WHERE m.document_id = t.document_id AND m.layer = t.layer
                     AND m.status = 'REJECTED') AS rejected,
                  (SELECT count(*) FROM event e WHERE e.document_id = t.document_id AND e.layer = t.layer) AS events,
                  (SELECT count(*) FROM event e WHERE e.document_id = t.document_id AND e.layer = t.layer
                     AND e.status = 'PENDING') AS pending_events
                FROM document_tally t ORDER BY t.document_id, t.layer""";
        String kept = """
                SELECT t.document_id, t.layer, t.pending, t.accepted, t.rejected, t.events, t.pending_events
                FROM document_tally t ORDER BY t.document_id, t.layer""";
        // Every layer that holds a row has its counts, and every document its shared layer's.
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM (SELECT document_id, layer FROM entity_mention UNION SELECT document_id, layer FROM event
                    UNION SELECT id, '@base' FROM document) AS layers
                WHERE NOT EXISTS (SELECT 1 FROM document_tally t WHERE t.document_id = layers.document_id
                    AND t.layer = layers.layer)""", Integer.class)).as("layers without counts").isZero();
        assertThat(jdbc.queryForList(kept)).as("document_tally").containsExactlyElementsOf(jdbc.queryForList(counted));
    }

}
