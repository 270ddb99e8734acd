package org.goldset.suggestion.engine.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CoreNlpTypeMappingTest {

    @Test
    void fine_grained_places_become_gpe_and_groups_become_norp() {
        assertThat(CoreNlpTypeMapping.labelFor("COUNTRY")).contains("GPE");
        assertThat(CoreNlpTypeMapping.labelFor("CITY")).contains("GPE");
        assertThat(CoreNlpTypeMapping.labelFor("STATE_OR_PROVINCE")).contains("GPE");
        assertThat(CoreNlpTypeMapping.labelFor("NATIONALITY")).contains("NORP");
        assertThat(CoreNlpTypeMapping.labelFor("RELIGION")).contains("NORP");
        assertThat(CoreNlpTypeMapping.labelFor("TIME")).contains("DATE");
        assertThat(CoreNlpTypeMapping.labelFor("LOCATION")).contains("LOCATION");
        assertThat(CoreNlpTypeMapping.labelFor("PERSON")).contains("PERSON");
        assertThat(CoreNlpTypeMapping.labelFor("ORGANIZATION")).contains("ORGANIZATION");
    }

    @Test
    void a_place_corenlp_cannot_classify_is_a_location_only_when_its_head_says_so() {
        assertThat(CoreNlpTypeMapping.placeLabel(java.util.List.of("Nuba", "Mountains"))).isEqualTo("LOCATION");
        assertThat(CoreNlpTypeMapping.placeLabel(java.util.List.of("Gulf", "of", "Aden"))).isEqualTo("LOCATION");
        assertThat(CoreNlpTypeMapping.placeLabel(java.util.List.of("Middle", "East"))).isEqualTo("LOCATION");
        assertThat(CoreNlpTypeMapping.placeLabel(java.util.List.of("Kherson"))).isEqualTo("GPE");
        assertThat(CoreNlpTypeMapping.placeLabel(java.util.List.of("TRIPOLI"))).isEqualTo("GPE");
        assertThat(CoreNlpTypeMapping.placeLabel(java.util.List.of("North", "Kivu"))).isEqualTo("GPE");
    }

    @Test
    void types_outside_the_schema_are_dropped() {
        for (String noise : new String[] {"TITLE", "CRIMINAL_CHARGE", "CAUSE_OF_DEATH", "NUMBER", "MONEY", "ORDINAL",
                "PERCENT", "DURATION", "SET", "URL", "EMAIL", "MISC", "IDEOLOGY", "HANDLE"}) {
            assertThat(CoreNlpTypeMapping.labelFor(noise)).as(noise).isEmpty();
        }
    }
}
