package org.goldset;

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
}
