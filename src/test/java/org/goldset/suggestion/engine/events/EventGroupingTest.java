package org.goldset.suggestion.engine.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.goldset.suggestion.engine.EventProposal;
import org.goldset.suggestion.engine.KnownEntity;
import org.goldset.text.Span;
import org.goldset.text.TextOffsets;
import org.junit.jupiter.api.Test;

class EventGroupingTest {

    static final String TEXT = "Qasem Soleimani was killed. The killing of Soleimani shocked Iran. Hamas was attacked.";
    final TextOffsets text = new TextOffsets(TEXT);

    private EventProposal event(String type, String trigger, String role, String entity, String label) {
        int t = TEXT.indexOf(trigger);
        int e = TEXT.indexOf(entity);
        return new EventProposal(new Span(t, t + trigger.length()), type, "186", "asserted", 0.7,
                List.of(new EventProposal.ArgumentProposal(role,
                        new KnownEntity(new Span(e, e + entity.length()), label))));
    }

    @Test
    void mentions_of_one_killing_with_the_same_victim_share_a_group_and_other_events_do_not() {
        List<EventProposal> events = List.of(
                event("KILL", "killed", "Victim", "Qasem Soleimani", "PERSON"),
                event("KILL", "killing", "Victim", "Soleimani", "PERSON"),
                event("ATTACK", "attacked", "Target", "Hamas", "ORGANIZATION"));

        assertThat(EventGrouping.group(events, text)).containsExactly("g1", "g1", "g2");
    }

    @Test
    void the_same_participant_in_a_different_role_or_type_is_not_the_same_event() {
        List<EventProposal> events = List.of(
                event("KILL", "killed", "Victim", "Qasem Soleimani", "PERSON"),
                event("ATTACK", "attacked", "Target", "Qasem Soleimani", "PERSON"));

        assertThat(EventGrouping.group(events, text)).containsExactly("g1", "g2");
    }

    @Test
    void a_shared_supporter_with_different_beneficiaries_is_two_events() {
        String text = "U.S. support for Saudi Arabia grew. The U.S. covertly supports ISIS, he said.";
        TextOffsets offsets = new TextOffsets(text);
        List<EventProposal> events = List.of(
                support(text, "support", "U.S.", "Saudi Arabia"),
                support(text, "supports", "The U.S.", "ISIS"),
                support(text, "support", "U.S.", "Saudi Arabia"));

        assertThat(EventGrouping.group(events, offsets)).containsExactly("g1", "g2", "g1");
    }

    private static EventProposal support(String text, String trigger, String supporter, String beneficiary) {
        int t = text.indexOf(trigger);
        int s = text.indexOf(supporter);
        int b = text.indexOf(beneficiary);
        return new EventProposal(new Span(t, t + trigger.length()), "SUPPORT", "05", "asserted", 0.7,
                List.of(new EventProposal.ArgumentProposal("Provider",
                                new KnownEntity(new Span(s, s + supporter.length()), "GPE")),
                        new EventProposal.ArgumentProposal("Recipient",
                                new KnownEntity(new Span(b, b + beneficiary.length()), "ORGANIZATION"))));
    }
}
