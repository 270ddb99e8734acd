package org.goldset.suggestion.engine.patterns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.goldset.nlp.DocumentAnalysis;
import org.goldset.text.TextOffsets;
import org.junit.jupiter.api.Test;

class PlaceShapesTest {

    private List<String> found(String text) {
        TextOffsets offsets = new TextOffsets(text);
        return PlaceShapes.find(new DocumentAnalysis(1, offsets, null, List.of(), List.of())).stream()
                .map(s -> s.label() + " " + offsets.slice(s.span().start(), s.span().end())).toList();
    }

    @Test
    void natural_features_are_one_location_with_their_name() {
        assertThat(found("Ships in the Gulf of Aden and the Sea of Japan sailed round the Cape of Good Hope."))
                .containsExactly("LOCATION Gulf of Aden", "LOCATION Sea of Japan", "LOCATION Cape of Good Hope");
        assertThat(found("Shelling along the Dnipro River, in the Nuba Mountains and on the Korean Peninsula."))
                .containsExactly("LOCATION Dnipro River", "LOCATION Nuba Mountains", "LOCATION Korean Peninsula");
        assertThat(found("Fishermen on Lake Chad.")).containsExactly("LOCATION Lake Chad");
    }

    @Test
    void words_that_open_a_phrase_are_not_part_of_the_name() {
        assertThat(found("In Red Sea ports, trade fell.")).containsExactly("LOCATION Red Sea");
        assertThat(found("The sea was calm.")).isEmpty();
        assertThat(found("Houthis claim attack in Gulf of Aden\n\nSANAA, Yemen — Rebels said"))
                .containsExactly("LOCATION Gulf of Aden");
    }

    @Test
    void what_follows_the_town_of_is_a_place_without_its_possessive() {
        assertThat(found("They fled to the town of Fada N'Gourma, then to the city of Khartoum's outskirts."))
                .containsExactly("GPE Fada N'Gourma", "GPE Khartoum");
    }

    @Test
    void offsets_are_code_points() {
        TextOffsets offsets = new TextOffsets("🌊 Red Sea");
        var suggestions = PlaceShapes.find(new DocumentAnalysis(1, offsets, null, List.of(), List.of()));
        assertThat(suggestions.getFirst().span().start()).isEqualTo(2);
    }
}
