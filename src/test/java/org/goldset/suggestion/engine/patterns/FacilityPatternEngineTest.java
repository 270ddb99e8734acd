package org.goldset.suggestion.engine.patterns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.goldset.nlp.DocumentAnalysis;
import org.goldset.suggestion.engine.EntitySuggestion;
import org.goldset.text.TextOffsets;
import org.junit.jupiter.api.Test;

class FacilityPatternEngineTest {

    private final FacilityPatternEngine engine = new FacilityPatternEngine();

    private List<String> facilities(String text) {
        TextOffsets offsets = new TextOffsets(text);
        List<EntitySuggestion> suggestions = engine.suggest(new DocumentAnalysis(1, offsets, null, List.of(), List.of()));
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
    void a_head_noun_without_a_name_is_not_a_facility() {
        assertThat(facilities("The airport was closed. In Embassy news, nothing.")).isEmpty();
    }

    @Test
    void offsets_are_code_points() {
        TextOffsets offsets = new TextOffsets("👍 Evin Prison");
        var suggestions = engine.suggest(new DocumentAnalysis(1, offsets, null, List.of(), List.of()));
        assertThat(suggestions.getFirst().span().start()).isEqualTo(2);
    }
}
