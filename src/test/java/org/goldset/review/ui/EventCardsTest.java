package org.goldset.review.ui;

import org.goldset.base.ui.AnnotatedText;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import org.goldset.AsAdministrator;
import org.goldset.TestAnnotations;
import org.goldset.TestDatabase;
import org.goldset.annotation.AnnotationStatus;
import org.goldset.annotation.EntityDraft;
import org.goldset.annotation.EntityMention;
import org.goldset.annotation.EntityService;
import org.goldset.annotation.Event;
import org.goldset.annotation.EventDraft;
import org.goldset.annotation.Origin;
import org.goldset.annotation.OriginKind;
import org.goldset.annotation.ReviewState;
import org.goldset.corpus.Document;
import org.goldset.corpus.DocumentService;
import org.goldset.text.Span;
import org.goldset.text.TextOffsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The event cards without a browser, driven from the keyboard the way an analyst works: mark an
 * event, fill its roles, retype it, decide repeated mentions once, undo. Emoji first, so every
 * offset differs between UTF-16 and code points.
 */
@SpringBootTest(properties = "goldset.analyst=ana")
@AsAdministrator
class EventCardsTest extends SpringBrowserlessTest {

    static final String TEXT = "🇱🇧 Israel launched a drone strike on Hezbollah in Beirut on Tuesday. "
            + "The strike killed two commanders. Israel said the strike was a response.";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @Autowired
    DocumentService documents;
    @Autowired
    EntityService annotations;
    @Autowired
    org.goldset.annotation.EventService eventReads;

    Document document;
    TextOffsets offsets = new TextOffsets(TEXT);

    @BeforeEach
    void documentWithEntities() {
        String id = "events-" + System.nanoTime();
        document = documents.addDocument(new Document(id, "Strike", TEXT, id, java.time.Instant.now()));
        annotations.storeAnnotations(document.getId(), List.of(
                entity("Israel", "GPE"), entity("Hezbollah", "ORGANIZATION"), entity("Beirut", "GPE"),
                entity("Tuesday", "DATE"), entity("drone", "WEAPON")), List.of(), "engine");
    }

    @Test
    void an_event_with_three_arguments_is_built_from_the_keyboard() {
        navigate("review/" + document.getId(), ReviewView.class);

        fireShortcut(Key.of("v"));                                     // new event: type the trigger word
        pickFirst("goldset-trigger-search", "strike");
        fireShortcut(Key.of("Digit1"), KeyModifier.SHIFT);             // ATTACK
        fillRole("1", "Isr");                                          // Attacker
        fillRole("2", "Hez");                                          // Target
        fillRole("4", "Bei");                                          // Place

        Event attack = onlyEvent();
        assertThat(attack.getType()).isEqualTo("ATTACK");
        assertThat(attack.getOrigin().getKind()).isEqualTo(OriginKind.MANUAL);
        assertThat(attack.getStatus()).isEqualTo(AnnotationStatus.ACCEPTED);
        assertThat(offsets.slice(attack.getTrigger().start(), attack.getTrigger().end())).isEqualTo("strike");
        assertThat(attack.getTrigger().start()).isEqualTo(offsets.toCodePoints(TEXT.indexOf("strike")));
        assertThat(arguments(attack)).containsExactlyInAnyOrder("Attacker=Israel ACCEPTED",
                "Target=Hezbollah ACCEPTED", "Place=Beirut ACCEPTED");
        // Choosing a pending entity as an argument confirms it; the others stay pending.
        assertThat(find("Israel").getStatus()).isEqualTo(AnnotationStatus.ACCEPTED);
        assertThat(find("Tuesday").getStatus()).isEqualTo(AnnotationStatus.PENDING);
        fireShortcut(Key.of("z"), KeyModifier.CONTROL);
        assertThat(arguments(onlyEvent())).hasSize(2);
        assertThat(find("Beirut").getStatus()).isEqualTo(AnnotationStatus.PENDING);
    }

    @Test
    void a_role_only_takes_the_entity_types_the_schema_allows() {
        navigate("review/" + document.getId(), ReviewView.class);
        fireShortcut(Key.of("v"));
        pickFirst("goldset-trigger-search", "strike");
        fireShortcut(Key.of("Digit1"), KeyModifier.SHIFT);

        fireShortcut(Key.of("g"));
        test($(Button.class).withAttribute("data-role", "Instrument").single()).click();
        @SuppressWarnings("unchecked")
        ComboBox<EntityMention> search = $(ComboBox.class).withClassName("goldset-entity-search").single();
        assertThat(test(search).getSuggestionItems()).extracting(EntityMention::getLabel).containsOnly("WEAPON");
    }

    @Test
    void retyping_drops_roles_the_new_type_lacks_and_undo_brings_them_back() {
        suggestedAttack();
        navigate("review/" + document.getId(), ReviewView.class);
        Event attack = onlyEvent();                                     // Ana's copy of the suggestion
        fireShortcut(Key.of("e"));

        fireShortcut(Key.of("Digit2"), KeyModifier.SHIFT);             // KILL has no Attacker, but a Place

        Event kill = onlyEvent();
        assertThat(kill.getType()).isEqualTo("KILL");
        assertThat(kill.getStatus()).isEqualTo(AnnotationStatus.ACCEPTED);
        assertThat(arguments(kill)).containsExactly("Place=Beirut PENDING");

        fireShortcut(Key.of("z"), KeyModifier.CONTROL);
        Event back = onlyEvent();
        assertThat(back.getType()).isEqualTo("ATTACK");
        assertThat(back.getStatus()).isEqualTo(AnnotationStatus.PENDING);
        assertThat(arguments(back)).containsExactlyInAnyOrder("Attacker=Israel PENDING", "Place=Beirut PENDING");
        assertThat(back.getId()).isEqualTo(attack.getId());
    }

    @Test
    void arrows_move_through_the_arguments_which_are_accepted_rejected_and_changed_one_by_one() {
        suggestedAttack();
        navigate("review/" + document.getId(), ReviewView.class);
        fireShortcut(Key.of("e"));

        fireShortcut(Key.ARROW_RIGHT);                                 // Attacker=Israel
        fireShortcut(Key.of("c"));                                     // change it…
        pickFirst("goldset-entity-search", "Hez");                     // …to Hezbollah
        fireShortcut(Key.ARROW_RIGHT);                                 // Place=Beirut
        fireShortcut(Key.of("r"));

        assertThat(arguments(onlyEvent())).containsExactlyInAnyOrder("Attacker=Hezbollah ACCEPTED",
                "Place=Beirut REJECTED");
        fireShortcut(Key.of("z"), KeyModifier.CONTROL);
        fireShortcut(Key.of("z"), KeyModifier.CONTROL);
        assertThat(arguments(onlyEvent())).containsExactlyInAnyOrder("Attacker=Israel PENDING",
                "Place=Beirut PENDING");
    }

    @Test
    void clicking_an_entity_in_the_text_fills_the_armed_role() {
        suggestedAttack();
        navigate("review/" + document.getId(), ReviewView.class);
        fireShortcut(Key.of("e"));
        Div targetRow = $(Div.class).withClassName("gs-role-row").withAttribute("data-role", "Target").single();
        test($(com.vaadin.flow.component.html.NativeButton.class, targetRow).withClassName("gs-add-role").single()).click();

        AnnotatedText text = $(AnnotatedText.class).single();
        ComponentUtil.fireEvent(text, new AnnotatedText.SpanClickEvent(text, true, find("Hezbollah").getId()));

        assertThat(arguments(onlyEvent())).contains("Target=Hezbollah ACCEPTED");
    }

    @Test
    void the_screen_s_keys_stay_off_while_the_role_picker_is_still_open_beside_another_dialog() {
        suggestedAttack();
        ReviewView view = navigate("review/" + document.getId(), ReviewView.class);
        fireShortcut(Key.of("e"));
        fireShortcut(Key.of("g"));                                      // the role picker stays open…
        AnnotatedText text = $(AnnotatedText.class).single();
        int start = TEXT.indexOf("killed");
        ComponentUtil.fireEvent(text, new AnnotatedText.TextSelectEvent(text, true, start, start + 6));
        com.vaadin.flow.component.dialog.Dialog labels = $(com.vaadin.flow.component.dialog.Dialog.class).all()
                .stream().filter(d -> d.getHeaderTitle().contains("killed")).findFirst().orElseThrow();

        labels.close();                                                 // …when the label picker closes

        assertThat(view.isDialogOpen()).isTrue();
        $(com.vaadin.flow.component.dialog.Dialog.class).all().forEach(com.vaadin.flow.component.dialog.Dialog::close);
        assertThat(view.isDialogOpen()).isFalse();
    }

    @Test
    void accepting_one_mention_decides_every_pending_mention_of_the_same_event() {
        storeEvent("strike", "ATTACK", Map.of("group", "\"g1\""), TEXT.indexOf("strike"));
        storeEvent("strike", "ATTACK", Map.of("group", "\"g1\""), TEXT.indexOf("strike", TEXT.indexOf("The strike")));
        storeEvent("killed", "KILL", Map.of("group", "\"g2\""), TEXT.indexOf("killed"));
        navigate("review/" + document.getId(), ReviewView.class);
        fireShortcut(Key.of("e"));

        fireShortcut(Key.of("a"));

        assertThat(eventReads.findEvents(document.getId(), anasView(document.getId()))).extracting(e -> e.getType() + " " + e.getStatus())
                .containsExactly("ATTACK ACCEPTED", "ATTACK ACCEPTED", "KILL PENDING");
        // The cursor moved on to the next pending event; only the cards that changed were redrawn.
        Event kill = eventReads.findEvents(document.getId(), anasView(document.getId())).get(2);
        assertThat($(Div.class).withClassName("gs-current").all()).singleElement()
                .satisfies(card -> assertThat(card.getElement().getAttribute("data-event-id"))
                        .isEqualTo(String.valueOf(kill.getId())));
        assertThat($(Div.class).withClassName("gs-event-card").withClassName("gs-status-ACCEPTED").all()).hasSize(2);
        fireShortcut(Key.of("z"), KeyModifier.CONTROL);
        assertThat(eventReads.findEvents(document.getId(), anasView(document.getId()))).extracting(Event::getStatus).containsOnly(AnnotationStatus.PENDING);
    }

    @Test
    void the_card_names_the_other_mentions_and_s_splits_one_off_so_a_decides_it_alone() {
        storeEvent("strike", "ATTACK", Map.of("group", "\"g1\""), TEXT.indexOf("strike"));
        storeEvent("strike", "ATTACK", Map.of("group", "\"g1\""), TEXT.indexOf("strike", TEXT.indexOf("The strike")));
        navigate("review/" + document.getId(), ReviewView.class);
        fireShortcut(Key.of("e"));
        assertThat($(com.vaadin.flow.component.html.Span.class).withClassName("gs-group-mentions").all()).extracting(com.vaadin.flow.component.html.Span::getText)
                .containsExactly("2 mentions: also “strike”", "2 mentions: also “strike”");

        fireShortcut(Key.of("s"));                                     // the first is another event
        fireShortcut(Key.of("a"));

        assertThat(eventReads.findEvents(document.getId(), anasView(document.getId()))).extracting(Event::getStatus)
                .containsExactly(AnnotationStatus.ACCEPTED, AnnotationStatus.PENDING);
        assertThat($(com.vaadin.flow.component.html.Span.class).withClassName("gs-group-mentions").all()).isEmpty();
        fireShortcut(Key.of("z"), KeyModifier.CONTROL);                // undo the accept
        fireShortcut(Key.of("z"), KeyModifier.CONTROL);                // undo the split: one group again
        assertThat($(com.vaadin.flow.component.html.Span.class).withClassName("gs-group-mentions").all()).hasSize(2);
    }

    @Test
    void shift_a_accepts_the_event_with_its_pending_arguments_and_their_entities() {
        suggestedAttack();
        navigate("review/" + document.getId(), ReviewView.class);
        fireShortcut(Key.of("e"));

        fireShortcut(Key.of("A"), KeyModifier.SHIFT);

        assertThat(arguments(onlyEvent())).containsExactlyInAnyOrder("Attacker=Israel ACCEPTED", "Place=Beirut ACCEPTED");
        assertThat(onlyEvent().getStatus()).isEqualTo(AnnotationStatus.ACCEPTED);
        assertThat(find("Israel").getStatus()).isEqualTo(AnnotationStatus.ACCEPTED);
        assertThat(find("Beirut").getStatus()).isEqualTo(AnnotationStatus.ACCEPTED);
        fireShortcut(Key.of("z"), KeyModifier.CONTROL);
        assertThat(find("Beirut").getStatus()).isEqualTo(AnnotationStatus.PENDING);
        assertThat(onlyEvent().getStatus()).isEqualTo(AnnotationStatus.PENDING);
    }

    @Test
    void selecting_a_trigger_in_the_text_and_pressing_shift_number_marks_an_event() {
        navigate("review/" + document.getId(), ReviewView.class);
        AnnotatedText text = $(AnnotatedText.class).single();
        int utf16Start = TEXT.indexOf("killed");

        ComponentUtil.fireEvent(text, new AnnotatedText.TextSelectEvent(text, true, utf16Start, utf16Start + 6));
        test($(Button.class).withAttribute("data-event-type", "KILL").single()).click();

        Event kill = onlyEvent();
        assertThat(kill.getType()).isEqualTo("KILL");
        assertThat(kill.getTrigger()).isEqualTo(new Span(utf16Start - 2, utf16Start - 2 + 6));
    }

    // ---- helpers

    private void fillRole(String roleKey, String typed) {
        fireShortcut(Key.of("g"));
        fireShortcut(Key.of(roleKey));
        pickFirst("goldset-entity-search", typed);
    }

    @SuppressWarnings("unchecked")
    private void pickFirst(String className, String typed) {
        ComboBox<Object> box = $(ComboBox.class).withClassName(className).single();
        test(box).setFilter(typed);
        Object first = test(box).getSuggestionItems().getFirst();
        box.setValue(first);
    }

    private Event suggestedAttack() {
        storeEvent("strike", "ATTACK", Map.of(), TEXT.indexOf("strike"));
        Event attack = onlyEvent();
        TestAnnotations.attachSuggestedArgument(jdbc, attack, "Attacker", find("Israel"));
        TestAnnotations.attachSuggestedArgument(jdbc, attack, "Place", find("Beirut"));
        return onlyEvent();
    }

    private void storeEvent(String trigger, String type, Map<String, String> attributes, int utf16Start) {
        int start = offsets.toCodePoints(utf16Start);
        annotations.storeAnnotations(document.getId(), List.of(), List.of(new EventDraft(null, type,
                new Span(start, start + trigger.length()), ReviewState.pending(), Origin.engine("events", "test", 0.7),
                attributes, List.of())), "engine");
    }

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private Event onlyEvent() {
        List<Event> events = eventReads.findEvents(document.getId(), anasView(document.getId()));
        assertThat(events).hasSize(1);
        return events.getFirst();
    }

    private List<String> arguments(Event event) {
        return event.getArguments().stream().map(argument -> argument.getRole() + "="
                + offsets.slice(argument.getEntity().getSpan().start(), argument.getEntity().getSpan().end())
                + " " + argument.getStatus()).toList();
    }

    private EntityMention find(String covered) {
        return annotations.findEntities(document.getId(), anasView(document.getId())).stream()
                .filter(m -> offsets.slice(m.getSpan().start(), m.getSpan().end()).equals(covered))
                .findFirst().orElseThrow();
    }

    private EntityDraft entity(String covered, String label) {
        int start = offsets.toCodePoints(TEXT.indexOf(covered));
        return new EntityDraft(null, new Span(start, start + covered.length()), label, ReviewState.pending(),
                Origin.engine("corenlp-ner", "test", 0.9), null, null);
    }

    @Autowired
    org.goldset.annotation.AnnotationLayers anasLayers;

    /** What Ana sees of the document: her own layer once she has opened it, the shared suggestions before. */
    private String anasView(long documentId) {
        return anasLayers.state(documentId, "ana") == org.goldset.annotation.AnnotationLayers.State.NEW
                ? org.goldset.annotation.Layers.BASE : "ana";
    }
}
