package org.goldset.suggestion.engine.patterns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.goldset.nlp.DocumentAnalysis;
import org.goldset.suggestion.engine.EntitySuggestion;
import org.goldset.text.TextOffsets;
import org.junit.jupiter.api.Test;

class FacilityPatternsTest {

    private List<String> facilities(String text) {
        TextOffsets offsets = new TextOffsets(text);
        List<EntitySuggestion> suggestions = FacilityPatterns.find(new DocumentAnalysis(1, offsets, null, List.of(), List.of()));
        assertThat(suggestions).allSatisfy(suggestion -> assertThat(suggestion.label()).isEqualTo("FACILITY"));
        return suggestions.stream().map(s -> offsets.slice(s.span().start(), s.span().end())).toList();
    }

    @Test
    void names_followed_by_a_facility_head_are_facilities() {
        assertThat(facilities("Missiles hit Ain al-Asad Air Base and the U.S. Embassy in Baghdad."))
                .containsExactly("Ain al-Asad Air Base", "U.S. Embassy");
        assertThat(facilities("The convoy left Baghdad International Airport before dawn."))
                .containsExactly("Baghdad International Airport");
        assertThat(facilities("He was held in Evin Prison; later the Baghdad airport closed."))
                .containsExactly("Evin Prison", "Baghdad airport");
    }

    @Test
    void universities_hospitals_camps_and_markets_are_facilities_but_not_their_possessors() {
        assertThat(facilities("Shells fell on El Fasher's Saudi Hospital and the Zamzam camp, near the University of"
                + " Khartoum and Omdurman market."))
                .containsExactly("Saudi Hospital", "Zamzam camp", "Omdurman market", "University of Khartoum");
    }

    @Test
    void nuclear_power_plants_and_named_camps_are_facilities_but_a_place_s_factory_is_no_name() {
        // A generic lower-case head after a place says where, not which: "a Kharkiv factory".
        assertThat(facilities("Shelling near the Zaporizhzhia nuclear power plant, Camp Lemonnier and the"
                + " Kharkiv factory; damage at the Natanz enrichment facility."))
                .containsExactly("Zaporizhzhia nuclear power plant", "Natanz enrichment facility", "Camp Lemonnier");
    }

    @Test
    void a_university_keeps_the_name_words_before_it() {
        assertThat(facilities("Students of Taras Shevchenko National University of Kyiv marched. The University of"
                + " Khartoum's dean spoke."))
                .contains("Taras Shevchenko National University of Kyiv", "University of Khartoum")
                .noneMatch(name -> name.endsWith("'s"));
    }

    @Test
    void a_lower_case_head_after_a_nationality_or_one_of_many_is_no_name() {
        String text = "An Iranian hospital and a Gaza hospital were hit; the Gaza hospital closed.";
        TextOffsets offsets = new TextOffsets(text);
        int iranian = text.indexOf("Iranian");
        var nationality = new org.goldset.nlp.NerMention(iranian, iranian + 7, "Iranian", "NATIONALITY", 0.9, null, 0, 1, 2);
        var suggestions = FacilityPatterns.find(new DocumentAnalysis(1, offsets, null, List.of(), List.of(nationality)));
        assertThat(suggestions).extracting(s -> offsets.slice(s.span().start(), s.span().end()))
                .containsExactly("Gaza hospital");
        assertThat(suggestions.getFirst().span().start()).isEqualTo(text.lastIndexOf("Gaza"));
    }

    @Test
    void a_head_noun_without_a_name_is_not_a_facility() {
        assertThat(facilities("The airport was closed. In Embassy news, nothing.")).isEmpty();
    }

    @Test
    void offsets_are_code_points() {
        TextOffsets offsets = new TextOffsets("👍 Evin Prison");
        var suggestions = FacilityPatterns.find(new DocumentAnalysis(1, offsets, null, List.of(), List.of()));
        assertThat(suggestions.getFirst().span().start()).isEqualTo(2);
    }
}
