package org.goldset.suggestion.engine.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.goldset.nlp.DocumentAnalysis;
import org.goldset.nlp.NerMention;
import org.goldset.schema.SchemaLoader;
import org.goldset.text.TextOffsets;
import org.junit.jupiter.api.Test;

class PlaceNameEngineTest {

    private final PlaceNameEngine engine = new PlaceNameEngine(SchemaLoader.loadDefault());

    @Test
    void towns_provinces_and_other_country_names_of_the_shipped_list_are_gpe() {
        String text = "🚁 Fighting spread from Nyala to Kidal, Zamboanga and Burma; readers in Mobile were calm.";
        TextOffsets offsets = new TextOffsets(text);
        var suggestions = engine.suggest(new DocumentAnalysis(1, offsets, null, List.of(), List.of()));
        assertThat(suggestions).allSatisfy(suggestion -> assertThat(suggestion.label()).isEqualTo("GPE"));
        // "Mobile" is a city, but far more often a word: the list leaves it out.
        assertThat(suggestions).extracting(s -> offsets.slice(s.span().start(), s.span().end()))
                .containsExactly("Nyala", "Kidal", "Zamboanga", "Burma");
        assertThat(suggestions.getFirst().span().start()).isEqualTo(text.codePointCount(0, text.indexOf("Nyala")));
        assertThat(engine.version()).startsWith("1.");
    }

    @Test
    void a_place_name_inside_a_person_coreNlp_found_is_left_alone() {
        String text = "Ahmed Kursk met officials in Kursk.";
        var person = new NerMention(0, 11, "Ahmed Kursk", "PERSON", 0.9, null, 0, 0, 2);
        var suggestions = engine.suggest(new DocumentAnalysis(1, new TextOffsets(text), null, List.of(), List.of(person)));
        assertThat(suggestions).hasSize(1);
        assertThat(suggestions.getFirst().span().start()).isEqualTo(text.lastIndexOf("Kursk"));
    }
}
