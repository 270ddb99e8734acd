package org.goldset.suggestion.engine.patterns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.goldset.nlp.DocumentAnalysis;
import org.goldset.text.TextOffsets;
import org.junit.jupiter.api.Test;

class DefinedAcronymsTest {

    private List<String> names(String text) {
        TextOffsets offsets = new TextOffsets(text);
        return DefinedAcronyms.find(new DocumentAnalysis(1, offsets, null, List.of(), List.of())).stream()
                .map(s -> s.label() + " " + offsets.slice(s.span().start(), s.span().end())).toList();
    }

    @Test
    void the_words_whose_initials_spell_the_acronym_are_an_organisation() {
        assertThat(names("The Economic Community of West African States (ECOWAS) met."))
                .containsExactly("ORGANIZATION Economic Community of West African States");
        assertThat(names("Fighters of Jama'at Nusrat al-Islam wal-Muslimin (JNIM) attacked."))
                .containsExactly("ORGANIZATION Jama'at Nusrat al-Islam wal-Muslimin");
        assertThat(names("the United Kingdom Maritime Trade Operations (UKMTO) center"))
                .containsExactly("ORGANIZATION United Kingdom Maritime Trade Operations");
        assertThat(names("Islamic State in Iraq and the Levant (ISIL)"))
                .containsExactly("ORGANIZATION Islamic State in Iraq and the Levant");
    }

    @Test
    void words_that_do_not_spell_it_and_countries_are_left_alone() {
        assertThat(names("OUAGADOUGOU, Burkina Faso (AP) — Gunmen")).isEmpty();
        assertThat(names("troops from the Democratic Republic of the Congo (DRC)")).isEmpty();
        assertThat(names("a deal (MOU) was signed")).isEmpty();
        assertThat(names("the Joint Comprehensive Plan of Action (JCPOA) and Unmanned Aerial Vehicles (UAVs)")).isEmpty();
        assertThat(names("on America's Foreign Terrorist Organization (FTO) list")).isEmpty();
    }
}
