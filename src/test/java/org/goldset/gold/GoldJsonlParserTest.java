package org.goldset.gold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.goldset.schema.SchemaLoader;
import org.junit.jupiter.api.Test;

class GoldJsonlParserTest {

    private static final String TEXT = GoldFixtures.TEXT;
    private static final String ENTITIES = GoldFixtures.ENTITIES;
    private static final String EVENTS = GoldFixtures.EVENTS;

    private final GoldJsonlParser parser = new GoldJsonlParser(SchemaLoader.loadDefault());

    @Test
    void a_complete_line_is_read_with_code_point_offsets() {
        GoldDocument document = parser.parse(GoldFixtures.line(ENTITIES, EVENTS), 1);
        assertThat(document.id()).isEqualTo("doc-1");
        assertThat(document.status()).isEqualTo(GoldDocumentStatus.NEW);
        assertThat(document.meta().outlet()).isEqualTo("Example News");
        assertThat(document.meta().date()).isEqualTo(LocalDate.of(2020, 1, 7));
        assertThat(document.meta().extraJson()).containsEntry("section", "\"World\"").containsEntry("tags", "[\"iran\",1]");
        assertThat(document.entities()).extracting(GoldEntity::text)
                .containsExactly("IRGC", "drone", "Soleimani", "Baghdad");
        assertThat(document.events().getFirst().arguments()).extracting(GoldEvent.GoldArgument::entity)
                .containsExactly("T3", "T2", "T4");
        assertThat(document.events().getFirst().attributesJson()).containsEntry("modality", "\"asserted\"");
    }

    @Test
    void annotations_without_status_are_accepted_imports_and_stated_ones_keep_their_origin() {
        GoldDocument document = parser.parse(GoldFixtures.line(ENTITIES, EVENTS), 1);
        GoldEntity irgc = document.entities().get(0);
        assertThat(irgc.status()).isEqualTo(GoldStatus.ACCEPTED);
        assertThat(irgc.origin().kind()).isEqualTo(GoldOrigin.Kind.IMPORTED);
        GoldEntity drone = document.entities().get(1);
        assertThat(drone.status()).isEqualTo(GoldStatus.PENDING);
        assertThat(drone.origin()).isEqualTo(new GoldOrigin(GoldOrigin.Kind.ENGINE, "gazetteer", "1", 0.8));
    }

    @Test
    void utf16_offsets_are_caught_by_the_covered_text_check() {
        // Java's indexOf counts UTF-16 units: 2 more than code points after the flag.
        int utf16Start = TEXT.indexOf("IRGC");
        String entity = "{\"id\":\"T1\",\"start\":%d,\"end\":%d,\"label\":\"ORGANIZATION\",\"text\":\"IRGC\"}"
                .formatted(utf16Start, utf16Start + 4);
        assertThatThrownBy(() -> parser.parse(GoldFixtures.line(entity, ""), 7))
                .isInstanceOf(GoldFormatException.class)
                .hasMessageStartingWith("line 7: entities[0]")
                .hasMessageContaining("covers \"GC s\"")
                .hasMessageContaining("code points");
    }

    @Test
    void every_kind_of_bad_line_is_refused_with_a_message_naming_the_problem() {
        assertRefused("{\"id\":\"x\",", "not valid JSON");
        assertRefused("[1,2]", "one JSON object");
        assertRefused("{\"text\":\"abc\"}", "id is required");
        assertRefused("{\"id\":\"x\"}", "text is required");
        assertRefused("{\"id\":\"x\",\"text\":\"abc\",\"offsets\":\"utf16\"}", "Unicode code points");
        assertRefused("{\"id\":\"x\",\"id\":\"y\",\"text\":\"abc\"}", "not valid JSON");
        assertRefused("{\"id\":\"x\",\"text\":\"abc\",\"status\":\"FINISHED\"}", "status \"FINISHED\" is not one of NEW, IN_REVIEW, CURATING, DONE");
        assertRefused(GoldFixtures.line("{\"id\":\"T1\",\"start\":0,\"end\":2,\"label\":\"TERRORIST\"}", ""),
                "unknown entity label \"TERRORIST\"");
        assertRefused(GoldFixtures.line("{\"id\":\"T1\",\"start\":60,\"end\":99,\"label\":\"GPE\"}", ""), "outside the text");
        assertRefused(GoldFixtures.line("{\"id\":\"T1\",\"start\":5,\"end\":5,\"label\":\"GPE\"}", ""), "outside the text");
        assertRefused(GoldFixtures.line("{\"id\":\"T1\",\"start\":\"3\",\"end\":5,\"label\":\"GPE\"}", ""), "whole number");
        assertRefused(GoldFixtures.line("{\"id\":\"T1\",\"start\":3.5,\"end\":5,\"label\":\"GPE\"}", ""), "whole number");
        assertRefused(GoldFixtures.line(ENTITIES + ",{\"id\":\"T1\",\"start\":0,\"end\":2,\"label\":\"GPE\"}", ""), "used twice");
        assertRefused(GoldFixtures.line(ENTITIES, EVENTS.replace("KILL", "BOMBING")), "unknown event type \"BOMBING\"");
        assertRefused(GoldFixtures.line(ENTITIES, EVENTS.replace("Victim", "Hero")), "KILL has no role \"Hero\"");
        assertRefused(GoldFixtures.line(ENTITIES, EVENTS.replace("\"entity\":\"T3\"", "\"entity\":\"T9\"")),
                "entity \"T9\" is not an entity id of this line");
        assertRefused(GoldFixtures.line(ENTITIES, EVENTS.replace("{\"role\":\"Victim\",\"entity\":\"T3\"}",
                "{\"role\":\"Victim\",\"entity\":\"T4\"}")), "KILL.Victim does not accept GPE");
        assertRefused(GoldFixtures.line(ENTITIES, EVENTS.replace("\"start\":37,\"end\":43", "\"start\":37,\"end\":44")),
                "covers \"killed \"");
        assertRefused(GoldFixtures.line(ENTITIES, EVENTS.replace(",\"arguments\":[", ",\"args\":[")), "arguments is missing");
        assertRefused(GoldFixtures.line(ENTITIES.replace("\"origin\":{\"engine\":\"gazetteer\",", "\"origin\":{\"kind\":\"engine\","), ""),
                "needs \"engine\"");
    }

    private void assertRefused(String line, String expectedProblem) {
        assertThatThrownBy(() -> parser.parse(line, 3))
                .isInstanceOf(GoldFormatException.class)
                .hasMessageStartingWith("line 3: ")
                .hasMessageContaining(expectedProblem);
    }
}
