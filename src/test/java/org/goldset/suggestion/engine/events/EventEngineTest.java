package org.goldset.suggestion.engine.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.goldset.nlp.CoreNlpAnalyzer;
import org.goldset.nlp.DocumentAnalysis;
import org.goldset.schema.AnnotationSchema;
import org.goldset.schema.SchemaLoader;
import org.goldset.suggestion.engine.EventProposal;
import org.goldset.suggestion.engine.KnownEntity;
import org.goldset.text.Span;
import org.goldset.text.TextOffsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Triggers, arguments and modality on real CoreNLP parses (with the dependency parser). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventEngineTest {

    static final String TEXT = """
            A U.S. drone strike killed Qassem Soleimani near Baghdad International Airport on Friday.
            No one was killed in the attack on the embassy.
            Iran plotted to kill the ambassador.
            Hezbollah could attack Israel.
            The United States imposed sanctions on Iran.
            Nasrallah said that he would attack Israel.
            The Israeli army accused Hezbollah of the bombing.
            Washington designated the Qods Force, accusing it of terrorism.
            Israel shelled a school in Gaza.
            The war with Iran ended.
            Hamas claimed the bombing.
            Iran will retaliate against Israel.
            Hezbollah threatened to attack Israel.
            Police foiled a plot to bomb the embassy.
            """;
    static final Map<String, String> ENTITIES = Map.ofEntries(Map.entry("U.S.", "GPE"), Map.entry("drone", "WEAPON"),
            Map.entry("Qassem Soleimani", "PERSON"), Map.entry("Baghdad International Airport", "FACILITY"),
            Map.entry("Friday", "DATE"), Map.entry("Iran", "GPE"), Map.entry("Hezbollah", "ORGANIZATION"),
            Map.entry("Israel", "GPE"), Map.entry("United States", "GPE"), Map.entry("Nasrallah", "PERSON"),
            Map.entry("Israeli", "NORP"), Map.entry("Washington", "GPE"), Map.entry("Qods Force", "ORGANIZATION"),
            Map.entry("Gaza", "GPE"), Map.entry("Hamas", "ORGANIZATION"));

    final AnnotationSchema schema = SchemaLoader.loadDefault();
    final TextOffsets offsets = new TextOffsets(TEXT);
    List<EventProposal> events;

    @BeforeAll
    void analyse() {
        DocumentAnalysis analysis = new CoreNlpAnalyzer().analyze(1, TEXT, LocalDate.of(2020, 1, 7), true);
        events = new EventEngine(TriggerLexicon.loadDefault(schema), schema).suggest(analysis, entities());
    }

    @Test
    void a_killing_gets_its_victim_place_and_time_from_the_parse() {
        EventProposal kill = event("killed", "KILL");
        assertThat(kill.modality()).isEqualTo("asserted");
        assertThat(kill.cameo()).isEqualTo("186");
        assertThat(roles(kill)).containsEntry("Victim", "Qassem Soleimani").containsEntry("Time", "Friday")
                .containsEntry("Place", "Baghdad International Airport");
    }

    @Test
    void a_compound_names_the_attacker_of_a_nominal_trigger() {
        EventProposal strike = event("drone strike", "ATTACK");
        assertThat(roles(strike)).containsEntry("Attacker", "U.S.");
    }

    @Test
    void negated_planned_and_hypothetical_events_are_kept_with_their_modality_and_a_lower_score() {
        assertThat(event("killed", "KILL", 1).modality()).isEqualTo("negated");
        assertThat(event("kill", "KILL").modality()).isEqualTo("planned");
        EventProposal attack = event("attack", "ATTACK", 1);
        assertThat(attack.modality()).isEqualTo("hypothetical");
        assertThat(attack.score()).isLessThan(event("killed", "KILL").score());
        assertThat(roles(attack)).containsEntry("Attacker", "Hezbollah").containsEntry("Target", "Israel");
    }

    @Test
    void what_will_happen_was_threatened_or_was_foiled_is_not_asserted() {
        assertThat(event("retaliate", "ATTACK").modality()).as(describe().toString()).isEqualTo("planned");
        assertThat(event("attack", "ATTACK", 3).modality()).as(describe().toString()).isEqualTo("planned");
        assertThat(event("bomb", "ATTACK").modality()).as(describe().toString()).isEqualTo("planned");
    }

    @Test
    void the_subject_of_a_light_verb_imposes_the_sanctions() {
        EventProposal sanctions = event("sanctions", "SANCTION");
        assertThat(roles(sanctions)).containsEntry("Imposer", "United States").containsEntry("Target", "Iran");
    }

    @Test
    void a_pronoun_subject_stands_for_the_nearest_fitting_entity_before_it() {
        assertThat(roles(event("attack", "ATTACK", 2))).containsEntry("Attacker", "Nasrallah")
                .containsEntry("Target", "Israel");
    }

    @Test
    void a_common_noun_argument_is_named_by_its_modifier() {
        assertThat(roles(event("accused", "ACCUSE"))).containsEntry("Accuser", "Israeli")
                .containsEntry("Accused", "Hezbollah");
    }

    @Test
    void a_participle_clause_shares_the_subject_of_its_governor() {
        assertThat(roles(event("accusing", "ACCUSE"))).containsEntry("Accuser", "Washington")
                .containsEntry("Accused", "Qods Force");
    }

    @Test
    void a_place_modifying_the_one_done_to_is_where_it_happened() {
        assertThat(roles(event("shelled", "ATTACK"))).containsEntry("Attacker", "Israel").containsEntry("Place", "Gaza");
    }

    @Test
    void who_claims_an_attack_carried_it_out() {
        assertThat(roles(event("bombing", "ATTACK", 1))).containsEntry("Attacker", "Hamas");
    }

    @Test
    void with_and_no_weapon_names_the_other_side() {
        assertThat(roles(event("war", "ATTACK"))).containsEntry("Target", "Iran").doesNotContainKey("Instrument");
    }

    private EventProposal event(String trigger, String type) {
        return event(trigger, type, 0);
    }

    /** The n-th event (0-based) of this type whose trigger reads so. */
    private EventProposal event(String trigger, String type, int nth) {
        List<EventProposal> found = events.stream()
                .filter(e -> e.type().equals(type) && offsets.slice(e.trigger().start(), e.trigger().end()).equals(trigger))
                .toList();
        assertThat(found).as(type + " " + trigger + " in " + describe()).hasSizeGreaterThan(nth);
        return found.get(nth);
    }

    private Map<String, String> roles(EventProposal event) {
        return event.arguments().stream().collect(Collectors.toMap(EventProposal.ArgumentProposal::role,
                argument -> offsets.slice(argument.entity().span().start(), argument.entity().span().end()),
                (a, b) -> a));
    }

    private List<String> describe() {
        return events.stream().map(e -> e.type() + ":" + offsets.slice(e.trigger().start(), e.trigger().end())
                + ":" + e.modality() + ":" + roles(e)).toList();
    }

    private List<KnownEntity> entities() {
        List<KnownEntity> known = new ArrayList<>();
        ENTITIES.forEach((covered, label) -> {
            int from = 0;
            int at;
            while ((at = TEXT.indexOf(covered, from)) >= 0) {
                boolean word = (at == 0 || !Character.isLetter(TEXT.charAt(at - 1)))
                        && (at + covered.length() == TEXT.length() || !Character.isLetter(TEXT.charAt(at + covered.length())));
                if (word) {
                    known.add(new KnownEntity(new Span(at, at + covered.length()), label));
                }
                from = at + covered.length();
            }
        });
        return known;
    }
}
