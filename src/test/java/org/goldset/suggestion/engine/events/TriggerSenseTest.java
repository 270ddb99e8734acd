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

/** Figurative and literal senses of trigger words, on real CoreNLP parses. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TriggerSenseTest {

    /** Each line: a sentence, then after "=>" the triggers the engine must find (text/TYPE, comma-separated), or nothing. */
    private static final String CASES = """
            Oil prices hit a record on Monday. =>
            The minister hit back at criticism from the opposition. => hit/ACCUSE, criticism/ACCUSE
            The two leaders struck a deal in Doha. =>
            An earthquake hit the province of Herat. =>
            The president fired the defence minister. =>
            Rebels fired rockets at the town. => fired/ATTACK
            The trade war with Beijing deepened. =>
            Lawmakers killed the bill in committee. =>
            The militia killed three soldiers. => killed/ATTACK|KILL
            Prisoners began a hunger strike in Evin. => strike/PROTEST
            The delegation headed to Cairo on Sunday. => headed/TRAVEL
            She headed the delegation. =>
            The army withdrew from Kidal. => withdrew/TRAVEL
            Washington withdrew from the nuclear agreement. =>
            The junta released the journalist. => released/JUSTICE
            The ministry released a statement. =>
            He faces charges of treason. => charges/JUSTICE
            She is in charge of the investigation. =>
            The court acquitted the activist. => acquitted/JUSTICE
            The Rapid Support Forces marched into Nyala on March 4. => marched/PROTEST|TRAVEL
            Students demanded the return of prisoners of war. =>
            Tehran provided weapons to the militias. => provided/SUPPORT
            The army sent Bradley fighting vehicles and attack helicopters. =>
            Troops were training at the base. =>
            Iran trained the militia. => trained/SUPPORT
            They sent trained fighters. => trained/SUPPORT
            The ministry provided details of the plan. =>
            The kingdom waged an air campaign against the rebels. => air campaign/ATTACK
            The party began its election campaign. =>
            Hackers hacked the ministry's servers after a cyberattack on the bank. => hacked/ATTACK, cyberattack/ATTACK
            """;

    private final AnnotationSchema schema = SchemaLoader.loadDefault();
    private final List<String> sentences = new ArrayList<>();
    private final List<String> expected = new ArrayList<>();
    private List<EventProposal> events;
    private TextOffsets offsets;

    @BeforeAll
    void analyse() {
        StringBuilder text = new StringBuilder();
        for (String line : CASES.strip().split("\n")) {
            String[] parts = line.split("=>", -1);
            sentences.add(parts[0].strip());
            expected.add(parts[1].strip());
            text.append(parts[0].strip()).append("\n\n");
        }
        offsets = new TextOffsets(text.toString());
        DocumentAnalysis analysis = new CoreNlpAnalyzer().analyze(1, text.toString(), LocalDate.of(2024, 5, 7), true);
        List<KnownEntity> entities = new ArrayList<>();
        Map.of("Cairo", "GPE", "Kidal", "GPE", "Washington", "GPE", "Evin", "FACILITY", "Herat", "GPE", "Doha", "GPE",
                "Beijing", "GPE", "Rapid Support Forces", "ORGANIZATION", "Nyala", "GPE", "March 4", "DATE").forEach((name, label) -> {
                    for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                        entities.add(new KnownEntity(new Span(at, at + name.length()), label));
                    }
                });
        events = new EventEngine(TriggerLexicon.loadDefault(schema), schema).suggest(analysis, entities);
    }

    @Test
    void each_sentence_gets_exactly_the_events_its_words_mean_there() {
        List<String> wrong = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < sentences.size(); i++) {
            int end = start + sentences.get(i).length();
            int from = start;
            List<String> found = events.stream()
                    .filter(event -> event.trigger().start() >= from && event.trigger().end() <= end)
                    .map(event -> offsets.slice(event.trigger().start(), event.trigger().end()) + "/" + event.type())
                    .toList();
            String want = expected.get(i);
            List<String> wanted = want.isEmpty() ? List.of() : List.of(want.split(",\\s*"));
            boolean ok = found.size() == wanted.size()
                    && wanted.stream().allMatch(one -> found.stream().anyMatch(event -> matches(event, one)));
            if (!ok) {
                wrong.add(sentences.get(i) + " → " + found + " (expected " + (want.isEmpty() ? "none" : want) + ")");
            }
            start = end + 2;
        }
        assertThat(wrong).as("sentences whose events are wrong").isEmpty();
    }

    /** "killed/ATTACK|KILL" accepts either type. */
    private static boolean matches(String found, String want) {
        String[] parts = want.split("/");
        return List.of(parts[1].split("\\|")).stream().anyMatch(type -> found.equals(parts[0] + "/" + type));
    }
}
