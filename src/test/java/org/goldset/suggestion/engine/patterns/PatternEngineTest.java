package org.goldset.suggestion.engine.patterns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.goldset.nlp.AnalyzedSentence;
import org.goldset.nlp.AnalyzedToken;
import org.goldset.nlp.DocumentAnalysis;
import org.goldset.text.TextOffsets;
import org.junit.jupiter.api.Test;

class PatternEngineTest {

    private final PatternEngine engine = new PatternEngine();

    @Test
    void weapons_are_whole_noun_phrases_without_determiners_or_numbers() {
        assertThat(found("The navy fired two anti-ship cruise missiles and 40 long-range guided rockets.", "WEAPON"))
                .containsExactly("anti-ship cruise missiles", "long-range guided rockets");
        assertThat(found("Military aircraft and explosive-laden drones hit; air defense missiles failed.", "WEAPON"))
                .containsExactly("Military aircraft", "explosive-laden drones", "air defense missiles");
        // A bare head is the gazetteer's; a vehicle without a military modifier is no weapon.
        assertThat(found("Missiles, jets and tanks: the oil tanks burned.", "WEAPON")).isEmpty();
    }

    @Test
    void warships_and_defence_systems_are_weapons_but_other_systems_are_not() {
        assertThat(found("It sent three guided-missile destroyers and S-300 air defense systems.", "WEAPON"))
                .contains("guided-missile destroyers", "S-300 air defense systems");
        assertThat(found("Banking systems and the power systems failed; two batteries died.", "WEAPON")).isEmpty();
    }

    @Test
    void designations_are_weapons_alone_or_in_front_of_a_head_but_not_other_numbered_names() {
        assertThat(found("It tested a Hwasong-12 and flew a Mi-35 helicopter; Shahed-136 drones followed.", "WEAPON"))
                .containsExactly("Mi-35 helicopter", "Shahed-136 drones", "Hwasong-12", "Mi-35", "Shahed-136");
        assertThat(found("COVID-19, G-20, Resolution-2231 and Article-5 are not weapons.", "WEAPON")).isEmpty();
    }

    @Test
    void a_proper_noun_modifies_a_weapon_only_when_the_parser_did_not_take_it_for_a_named_entity() {
        String text = "Yesterday the ship fired Tomahawk cruise missiles while Iranian missiles and Hamas rockets flew."
                + " BAGHDAD — An Shahed drone struck.";
        List<AnalyzedToken> tokens = new ArrayList<>();
        Matcher word = Pattern.compile("\\S+").matcher(text.replace(".", " "));
        while (word.find()) {
            String value = word.group();
            // The parser may take a dateline's "An" for a proper noun; an article is never a weapon's name.
            String pos = List.of("Tomahawk", "Hamas", "An", "Shahed").contains(value) ? "NNP"
                    : value.equals("Iranian") ? "JJ" : "NN";
            String ner = value.equals("Hamas") ? "ORGANIZATION" : value.equals("Iranian") ? "NATIONALITY" : "O";
            tokens.add(new AnalyzedToken(value, value, pos, ner, word.start(), word.end()));
        }
        DocumentAnalysis analysis = new DocumentAnalysis(1, new TextOffsets(text), null,
                List.of(new AnalyzedSentence(0, tokens)), List.of());
        assertThat(labelled(analysis, "WEAPON")).containsExactly("Tomahawk cruise missiles", "Shahed drone");
    }

    @Test
    void an_acronym_coreNlp_left_untagged_is_an_organization_unless_it_is_a_common_one_or_in_a_capitals_headline() {
        String text = "JNIM fighters and ECOWAS troops met at 10 UTC near the NGO office hit by ATACMS, CNSNews and NGOs said.\nTROOPS ENTER TOWN\n";
        List<AnalyzedToken> first = new ArrayList<>();
        List<AnalyzedToken> second = new ArrayList<>();
        Matcher word = Pattern.compile("[A-Za-z0-9]+").matcher(text);
        while (word.find()) {
            String ner = word.group().equals("ECOWAS") ? "ORGANIZATION" : "O";
            AnalyzedToken token = new AnalyzedToken(word.group(), word.group(), "NNP", ner, word.start(), word.end());
            (word.start() < text.indexOf("TROOPS") ? first : second).add(token);
        }
        DocumentAnalysis analysis = new DocumentAnalysis(1, new TextOffsets(text), null,
                List.of(new AnalyzedSentence(0, first), new AnalyzedSentence(1, second)), List.of());
        // ECOWAS is CoreNLP's (tagged); UTC, NGO(s) and the weapon ATACMS are common acronyms; CNSNews is led by one; the headline's capitals are words.
        assertThat(labelled(analysis, "ORGANIZATION")).containsExactly("JNIM", "CNSNews");
    }

    @Test
    void hacking_groups_by_vendor_designation_are_organizations() {
        assertThat(found("APT41 and APT 28, Volt Typhoon and Charming Kitten struck; Super Typhoon Haiyan did not.",
                "ORGANIZATION")).containsExactly("APT41", "APT 28", "Volt Typhoon", "Charming Kitten");
    }

    @Test
    void a_datelines_capitals_are_a_place_and_offsets_count_code_points() {
        String text = "🛰️ Report\nKHARTOUM, Sudan (AP) — Fighting resumed.\nPORT SUDAN — Calm.\nUPDATE — none.\n";
        assertThat(found(text, "GPE")).containsExactly("KHARTOUM", "PORT SUDAN");
        DocumentAnalysis analysis = new DocumentAnalysis(1, new TextOffsets(text), null, List.of(), List.of());
        int start = engine.suggest(analysis).stream().filter(s -> s.label().equals("GPE")).findFirst().orElseThrow()
                .span().start();
        assertThat(start).isEqualTo(text.codePointCount(0, text.indexOf("KHARTOUM")));
    }

    @Test
    void institutions_are_named_by_their_head_noun_without_the_place_or_nationality_in_front() {
        String text = "Fighting between the Rapid Support Forces and Iran's Armed Forces resumed, the Ministry of "
                + "State Security said, as the Iranian Qods Force and the Army watched; the Soviet Union fell.\n"
                + "Rapid Support Forces Seize Desert Town\n";
        java.util.Map<String, String> types = java.util.Map.of("Iran", "COUNTRY", "Iranian", "NATIONALITY",
                "Soviet", "COUNTRY", "Union", "COUNTRY");
        List<AnalyzedToken> first = new ArrayList<>();
        List<AnalyzedToken> second = new ArrayList<>();
        Matcher word = Pattern.compile("'s|[A-Za-z]+|[^\\sA-Za-z]").matcher(text);
        while (word.find()) {
            String value = word.group();
            AnalyzedToken token = new AnalyzedToken(value, value, "NNP", types.getOrDefault(value, "O"),
                    word.start(), word.end());
            (word.start() < text.indexOf("\n") ? first : second).add(token);
        }
        DocumentAnalysis analysis = new DocumentAnalysis(1, new TextOffsets(text), null,
                List.of(new AnalyzedSentence(0, first), new AnalyzedSentence(1, second)), List.of());
        // A head alone ("the Army") names nothing; CoreNLP's "Soviet Union" is a place; the headline is all capitals.
        assertThat(labelled(analysis, "ORGANIZATION"))
                .containsExactly("Rapid Support Forces", "Armed Forces", "Ministry of State Security", "Qods Force");
    }

    private List<String> found(String text, String label) {
        return labelled(new DocumentAnalysis(1, new TextOffsets(text), null, List.of(), List.of()), label);
    }

    private List<String> labelled(DocumentAnalysis analysis, String label) {
        TextOffsets offsets = analysis.text();
        return engine.suggest(analysis).stream().filter(s -> s.label().equals(label))
                .map(s -> offsets.slice(s.span().start(), s.span().end())).toList();
    }
}
