package org.goldset.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaLoaderTest {

    private static final String MINIMAL = """
            entityTypes:
              - { name: PERSON, colour: "#112233", hotkey: "1" }
              - { name: GPE, colour: "#445566", hotkey: "2" }
            eventTypes:
              - name: MEET
                colour: "#778899"
                cameo: ["04"]
                roles:
                  - { name: Participant, accepts: [PERSON, GPE] }
            """;

    @Test
    void the_built_in_schema_has_the_eight_entity_types_and_ten_event_types() {
        AnnotationSchema schema = SchemaLoader.loadDefault();
        assertThat(schema.entityTypes()).extracting(EntityType::name).containsExactly(
                "PERSON", "ORGANIZATION", "GPE", "LOCATION", "FACILITY", "NORP", "DATE", "WEAPON");
        assertThat(schema.eventTypes()).extracting(EventType::name).containsExactly(
                "ATTACK", "KILL", "THREATEN", "SANCTION", "ACCUSE", "SUPPORT", "MEET", "TRAVEL", "PROTEST", "JUSTICE");
        assertThat(schema.eventTypes()).allSatisfy(type -> {
            assertThat(type.cameoCodes()).isNotEmpty();
            assertThat(type.colour()).matches("#[0-9a-f]{6}");
            assertThat(type.hotkey()).isNotBlank();
        });
        assertThat(schema.entityTypes()).allSatisfy(type -> assertThat(type.hotkey()).isNotBlank());
    }

    @Test
    void roles_say_which_entity_types_fill_them() {
        EventType attack = SchemaLoader.loadDefault().eventType("ATTACK").orElseThrow();
        assertThat(attack.roles()).extracting(RoleDefinition::name)
                .containsExactly("Attacker", "Target", "Instrument", "Place", "Time");
        assertThat(attack.role("Instrument").orElseThrow().accepts("WEAPON")).isTrue();
        assertThat(attack.role("Instrument").orElseThrow().accepts("PERSON")).isFalse();
        assertThat(attack.role("Time").orElseThrow().accepts()).containsExactly("DATE");
    }

    @Test
    void a_schema_file_given_at_start_up_replaces_the_built_in_one(@TempDir Path folder) throws Exception {
        Path file = Files.writeString(folder.resolve("schema.yaml"), MINIMAL);
        AnnotationSchema schema = SchemaLoader.load(file);
        assertThat(schema.entityTypeNames()).isEqualTo("PERSON, GPE");
        assertThat(schema.eventType("MEET").orElseThrow().cameoCodes()).containsExactly("04");
    }

    @Test
    void a_role_accepting_an_unknown_entity_type_is_refused_with_its_path() {
        assertThatThrownBy(() -> load(MINIMAL.replace("[PERSON, GPE]", "[PERSON, WEAPON]")))
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining("eventTypes[0].roles[0].accepts")
                .hasMessageContaining("unknown entity type WEAPON");
    }

    @Test
    void a_type_defined_twice_is_refused() {
        assertThatThrownBy(() -> load(MINIMAL.replace("name: GPE", "name: PERSON")))
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining("entityTypes[1]")
                .hasMessageContaining("PERSON is defined twice");
    }

    @Test
    void a_hotkey_used_twice_is_refused() {
        assertThatThrownBy(() -> load(MINIMAL.replace("hotkey: \"2\"", "hotkey: \"1\"")))
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining("entityTypes[1].hotkey")
                .hasMessageContaining("already used");
    }

    @Test
    void a_colour_that_is_not_hex_is_refused() {
        assertThatThrownBy(() -> load(MINIMAL.replace("#445566", "blue")))
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining("entityTypes[1].colour")
                .hasMessageContaining("#rrggbb");
    }

    @Test
    void a_misspelt_key_or_a_value_of_the_wrong_shape_is_refused_where_it_is() {
        assertThatThrownBy(() -> load(MINIMAL.replace("colour: \"#778899\"", "color: \"#778899\"")))
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining("test.yaml: eventTypes[0].color: unknown key 'color'")
                .hasMessageContaining("colour");
        assertThatThrownBy(() -> load(MINIMAL.replace("accepts: [PERSON, GPE]", "accepts: { PERSON: yes }")))
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining("test.yaml: eventTypes[0].roles[0].accepts: expected a list");
        assertThatThrownBy(() -> load("entityTypes:\n  - name: PERSON\n    description: { a: b }\n"))
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining("test.yaml: entityTypes[0].description: expected text");
    }

    @Test
    void broken_yaml_and_missing_sections_are_refused_with_the_source_named() {
        assertThatThrownBy(() -> load("entityTypes: [ { name: PERSON"))
                .isInstanceOf(SchemaException.class)
                .hasMessageStartingWith("test.yaml is not valid YAML");
        assertThatThrownBy(() -> load("eventTypes: []"))
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining("test.yaml: entityTypes: this list is required");
        assertThatThrownBy(() -> load(MINIMAL.replace("cameo: [\"04\"]", "cameo: [\"meet\"]")))
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining("CAMEO codes");
    }

    @Test
    void a_missing_schema_file_is_a_clear_error(@TempDir Path folder) {
        assertThatThrownBy(() -> SchemaLoader.load(folder.resolve("nope.yaml")))
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining("does not exist");
    }

    private static AnnotationSchema load(String yaml) {
        return SchemaLoader.load(new StringReader(yaml), "test.yaml");
    }
}
