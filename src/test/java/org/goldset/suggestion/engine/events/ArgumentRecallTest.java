package org.goldset.suggestion.engine.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

/** Participants the parse states indirectly, on real CoreNLP parses. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArgumentRecallTest {

    private static final String TEXT = """
            The president visited Moscow on Monday.
            Thousands of Palestinians protested in Ramallah.
            Washington designated Soleimani for supporting Hezbollah.
            Iran-backed militias shelled the base.
            Soleimani, who ordered the attack, was at the airport.
            Nasrallah spoke in Beirut. He threatened Israel.
            The RSF shelled El Fasher, the capital of North Darfur, killing 17 people.
            """;
    private static final Map<String, String> ENTITIES = Map.of("Moscow", "GPE", "Monday", "DATE",
            "Palestinians", "NORP", "Ramallah", "GPE", "Washington", "GPE", "Soleimani", "PERSON",
            "Hezbollah", "ORGANIZATION", "Iran", "GPE", "Nasrallah", "PERSON", "Israel", "GPE");
    private static final Map<String, String> MORE_ENTITIES = Map.of("RSF", "ORGANIZATION", "El Fasher", "GPE",
            "North Darfur", "GPE");

    private final AnnotationSchema schema = SchemaLoader.loadDefault();
    private List<EventProposal> events;
    private TextOffsets offsets;

    @BeforeAll
    void analyse() {
        offsets = new TextOffsets(TEXT);
        DocumentAnalysis analysis = new CoreNlpAnalyzer().analyze(1, TEXT, LocalDate.of(2024, 5, 7), true);
        List<KnownEntity> entities = new ArrayList<>();
        java.util.Map<String, String> all = new java.util.HashMap<>(ENTITIES);
        all.putAll(MORE_ENTITIES);
        all.forEach((name, label) -> {
            for (int at = TEXT.indexOf(name); at >= 0; at = TEXT.indexOf(name, at + 1)) {
                entities.add(new KnownEntity(new Span(at, at + name.length()), label));
            }
        });
        entities.add(new KnownEntity(new Span(TEXT.indexOf("Beirut"), TEXT.indexOf("Beirut") + 6), "GPE"));
        events = new EventEngine(TriggerLexicon.loadDefault(schema), schema).suggest(analysis, entities);
    }

    @Test
    void a_journey_goes_where_its_object_or_place_says() {
        assertThat(arguments("visited")).contains("Destination=Moscow", "Time=Monday");
    }

    @Test
    void a_quantity_of_people_names_them() {
        assertThat(arguments("protested")).contains("Protester=Palestinians", "Place=Ramallah");
    }

    @Test
    void for_plus_gerund_takes_the_object_of_the_verb_not_its_subject() {
        assertThat(arguments("supporting")).contains("Provider=Soleimani", "Recipient=Hezbollah")
                .doesNotContain("Provider=Washington");
    }

    @Test
    void a_name_hyphened_onto_a_participle_did_it() {
        assertThat(arguments("backed")).contains("Provider=Iran");
    }

    @Test
    void a_relative_pronoun_stands_for_the_name_it_follows() {
        assertThat(arguments("attack")).contains("Attacker=Soleimani");
    }

    @Test
    void he_opening_a_sentence_is_the_one_person_of_the_sentence_before() {
        assertThat(arguments("threatened")).contains("Source=Nasrallah", "Target=Israel");
    }

    @Test
    void a_participle_after_a_comma_is_done_by_the_clause_s_subject_not_the_noun_before_it() {
        assertThat(arguments("killing")).contains("Killer=RSF").doesNotContain("Killer=El Fasher", "Killer=North Darfur");
    }

    private List<String> arguments(String trigger) {
        EventProposal event = events.stream()
                .filter(candidate -> offsets.slice(candidate.trigger().start(), candidate.trigger().end()).equals(trigger))
                .findFirst().orElseThrow(() -> new AssertionError("no event on '" + trigger + "' in " + events));
        return event.arguments().stream().map(argument -> argument.role() + "="
                + offsets.slice(argument.entity().span().start(), argument.entity().span().end())).toList();
    }
}
