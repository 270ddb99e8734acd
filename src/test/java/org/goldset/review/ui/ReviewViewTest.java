package org.goldset.review.ui;

import org.goldset.base.ui.AnnotatedText;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import org.goldset.AsAdministrator;
import org.goldset.TestAnnotations;
import org.goldset.TestDatabase;
import org.goldset.annotation.AnnotationStatus;
import org.goldset.annotation.EntityDraft;
import org.goldset.annotation.EntityMention;
import org.goldset.annotation.EntityService;
import org.goldset.annotation.Origin;
import org.goldset.annotation.OriginKind;
import org.goldset.annotation.ReviewState;
import org.goldset.corpus.Document;
import org.goldset.corpus.DocumentService;
import org.goldset.corpus.DocumentStatus;
import org.goldset.text.Span;
import org.goldset.text.TextOffsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The review screen without a browser: keyboard triage, undo, adding by selection, finishing. */
@SpringBootTest(properties = "goldset.analyst=ana")
@AsAdministrator
class ReviewViewTest extends SpringBrowserlessTest {

    /** Emoji first, so UTF-16 and code-point offsets differ for every annotation. */
    static final String TEXT = "🇮🇷 Soleimani met Nasrallah in Beirut on Tuesday.";

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
    Document other;
    TextOffsets offsets = new TextOffsets(TEXT);

    @BeforeEach
    void documentWithSuggestions() {
        document = add(TEXT);
        other = add("Another article about Tehran " + System.nanoTime());
        annotations.storeAnnotations(document.getId(), List.of(
                suggestion("Soleimani", "PERSON"), suggestion("Nasrallah", "PERSON"),
                suggestion("Beirut", "LOCATION"), suggestion("Tuesday", "DATE")), List.of(), "engine");
    }

    @Test
    void keyboard_triage_accepts_rejects_and_relabels_each_saved_at_once() {
        navigate("review/" + document.getId(), ReviewView.class);

        fireShortcut(Key.of("j"));
        fireShortcut(Key.of("a"));          // Soleimani accepted, moves on to Nasrallah
        fireShortcut(Key.of("r"));          // Nasrallah rejected, moves on to Beirut
        fireShortcut(Key.of("3"));          // Beirut LOCATION → GPE, accepted

        assertThat(states()).containsExactly("Soleimani PERSON ACCEPTED", "Nasrallah PERSON REJECTED",
                "Beirut GPE ACCEPTED", "Tuesday DATE PENDING");
        assertThat(annotations.findEntities(document.getId(), anasView(document.getId())).getFirst().getReview().getDecidedBy()).isEqualTo("ana");
        assertThat(documents.findDocument(document.getId()).orElseThrow().getStatus()).isEqualTo(DocumentStatus.IN_REVIEW);
    }

    @Test
    void undo_and_redo_walk_back_and_forth_through_decisions() {
        navigate("review/" + document.getId(), ReviewView.class);
        fireShortcut(Key.of("j"));
        fireShortcut(Key.of("a"));
        fireShortcut(Key.of("r"));

        fireShortcut(Key.of("z"), KeyModifier.CONTROL);
        assertThat(states()).contains("Soleimani PERSON ACCEPTED", "Nasrallah PERSON PENDING");
        fireShortcut(Key.of("z"), KeyModifier.CONTROL);
        assertThat(states()).contains("Soleimani PERSON PENDING", "Nasrallah PERSON PENDING");
        fireShortcut(Key.of("y"), KeyModifier.CONTROL);
        assertThat(states()).contains("Soleimani PERSON ACCEPTED", "Nasrallah PERSON PENDING");
    }

    @Test
    void the_undo_history_survives_leaving_the_document_and_coming_back() {
        navigate("review/" + document.getId(), ReviewView.class);
        fireShortcut(Key.of("j"));
        fireShortcut(Key.of("a"));
        navigate("review/" + other.getId(), ReviewView.class);

        navigate("review/" + document.getId(), ReviewView.class);
        fireShortcut(Key.of("z"), KeyModifier.CONTROL);

        assertThat(states()).contains("Soleimani PERSON PENDING");
    }

    @Test
    void key_i_tells_the_selected_annotations_story_origin_then_every_decision_with_who() {
        navigate("review/" + document.getId(), ReviewView.class);
        fireShortcut(Key.of("j"));
        fireShortcut(Key.of("3"));                                     // relabel Soleimani as GPE (wrongly)
        fireShortcut(Key.of("z"), KeyModifier.CONTROL);

        fireShortcut(Key.of("i"));

        com.vaadin.flow.component.dialog.Dialog story = $(com.vaadin.flow.component.dialog.Dialog.class).single();
        assertThat(story.getHeaderTitle()).isEqualTo("Story of 'Soleimani' PERSON");
        String told = story.getElement().getTextRecursively();
        assertThat(told).contains("Origin: suggested by corenlp-ner test, score 0.90")
                .contains("ana · relabel → accepted gpe").contains("ana · restore → pending person");
    }

    @Test
    void selecting_text_and_pressing_a_label_key_adds_an_accepted_annotation_in_code_points() {
        navigate("review/" + document.getId(), ReviewView.class);
        AnnotatedText text = $(AnnotatedText.class).single();
        int utf16Start = TEXT.indexOf("Beirut on Tuesday");

        ComponentUtil.fireEvent(text, new AnnotatedText.TextSelectEvent(text, true, utf16Start, utf16Start + 6));
        test($(Button.class).withAttribute("data-label", "GPE").single()).click();

        EntityMention added = annotations.findEntities(document.getId(), anasView(document.getId())).stream()
                .filter(m -> m.getOrigin().getKind() == OriginKind.MANUAL).findFirst().orElseThrow();
        assertThat(added.getLabel()).isEqualTo("GPE");
        assertThat(added.getStatus()).isEqualTo(AnnotationStatus.ACCEPTED);
        assertThat(added.getSpan().start()).isEqualTo(utf16Start - 2); // the flag is 4 UTF-16 units, 2 code points
        assertThat(offsets.slice(added.getSpan().start(), added.getSpan().end())).isEqualTo("Beirut");
    }

    @Test
    void alt_arrows_grow_and_shrink_the_selected_span_by_a_word() {
        navigate("review/" + document.getId(), ReviewView.class);
        EntityMention beirut = find("Beirut");
        ComponentUtil.fireEvent($(AnnotatedText.class).single(),
                new AnnotatedText.SpanClickEvent($(AnnotatedText.class).single(), true, beirut.getId()));

        fireShortcut(Key.ARROW_RIGHT, KeyModifier.ALT);
        assertThat(states()).contains("Beirut on LOCATION ACCEPTED");
        fireShortcut(Key.ARROW_LEFT, KeyModifier.ALT);
        assertThat(states()).contains("Beirut LOCATION ACCEPTED");
    }

    @Test
    void accept_all_pending_of_a_label_shows_a_preview_and_undoes_in_one_step() {
        navigate("review/" + document.getId(), ReviewView.class);

        fireShortcut(Key.of("b"));
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<String> label =
                $(com.vaadin.flow.component.select.Select.class).withCaption("Label").single();
        test(label).selectItem("PERSON");
        Button confirm = $(Button.class).withText("Accept 2").single();
        test(confirm).click();

        assertThat(states()).containsExactly("Soleimani PERSON ACCEPTED", "Nasrallah PERSON ACCEPTED",
                "Beirut LOCATION PENDING", "Tuesday DATE PENDING");
        fireShortcut(Key.of("z"), KeyModifier.CONTROL);
        assertThat(states()).containsExactly("Soleimani PERSON PENDING", "Nasrallah PERSON PENDING",
                "Beirut LOCATION PENDING", "Tuesday DATE PENDING");
    }

    @Test
    void event_cards_show_roles_accept_events_and_mark_arguments_of_rejected_entities_as_broken() {
        EntityMention beirut = find("Beirut");
        EntityMention nasrallah = find("Nasrallah");
        int trigger = offsets.toCodePoints(TEXT.indexOf("met"));
        annotations.storeAnnotations(document.getId(), List.of(), List.of(new org.goldset.annotation.EventDraft(null,
                "MEET", new Span(trigger, trigger + 3), ReviewState.pending(), Origin.engine("events", "test", 0.7),
                java.util.Map.of("modality", "\"asserted\""), List.of())), "engine");
        org.goldset.annotation.Event meet = eventReads.findEvents(document.getId(), anasView(document.getId())).getFirst();
        annotations.rejectEntity(beirut.getId(), beirut.getVersion(), "ana");
        TestAnnotations.attachSuggestedArgument(jdbc, meet, "Participant", nasrallah);
        TestAnnotations.attachSuggestedArgument(jdbc, meet, "Place", find("Beirut"));

        navigate("review/" + document.getId(), ReviewView.class);
        $(com.vaadin.flow.component.tabs.Tabs.class).single().setSelectedIndex(1);
        com.vaadin.flow.component.html.Div card = $(com.vaadin.flow.component.html.Div.class)
                .withClassName("gs-event-card").single();
        assertThat($(com.vaadin.flow.component.html.Div.class).withClassName("gs-broken").all()).hasSize(1);
        test($(com.vaadin.flow.component.html.NativeButton.class, card).withAttribute("aria-label", "Accept event (a)").first()).click();

        assertThat(eventReads.findEvents(document.getId(), anasView(document.getId())).getFirst().getStatus()).isEqualTo(AnnotationStatus.ACCEPTED);
        fireShortcut(Key.of("z"), KeyModifier.CONTROL);
        assertThat(eventReads.findEvents(document.getId(), anasView(document.getId())).getFirst().getStatus()).isEqualTo(AnnotationStatus.PENDING);
    }

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transaction;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void clicking_a_span_selects_it_in_the_list() {
        navigate("review/" + document.getId(), ReviewView.class);
        AnnotatedText text = $(AnnotatedText.class).single();
        EntityMention tuesday = find("Tuesday");

        ComponentUtil.fireEvent(text, new AnnotatedText.SpanClickEvent(text, true, tuesday.getId()));

        AnnotationList list = $(AnnotationList.class).single();
        assertThat(list.selected()).map(EntityMention::getId).contains(tuesday.getId());
    }

    @Test
    void a_decision_on_an_annotation_changed_elsewhere_is_refused_and_shows_the_current_state() {
        navigate("review/" + document.getId(), ReviewView.class);
        fireShortcut(Key.of("j"));
        EntityMention soleimani = find("Soleimani");
        annotations.rejectEntity(soleimani.getId(), soleimani.getVersion(), "ana"); // Ana in another tab

        fireShortcut(Key.of("a"));

        assertThat(find("Soleimani").getStatus()).isEqualTo(AnnotationStatus.REJECTED);
        assertThat(find("Soleimani").getReview().getDecidedBy()).isEqualTo("ana");
    }

    @Test
    void done_and_next_asks_about_pending_suggestions_then_marks_the_document_done_and_opens_the_next_one() {
        // Ana's documents from the other tests would come first (her own come before the pool's): set them aside.
        jdbc.update("DELETE FROM layer_state WHERE document_id <> ?", document.getId());
        navigate("review/" + document.getId(), ReviewView.class);

        fireShortcut(Key.of("D"), KeyModifier.SHIFT);
        // Four suggestions are still pending: Goldset asks before leaving them out of the gold.
        assertThat(documents.findDocument(document.getId()).orElseThrow().getStatus())
                .isEqualTo(DocumentStatus.IN_REVIEW);
        test($(Button.class).withText("Done anyway (Enter)").single()).click();

        assertThat(documents.findDocument(document.getId()).orElseThrow().getStatus()).isEqualTo(DocumentStatus.DONE);
        assertThat(getCurrentView()).isInstanceOf(ReviewView.class);
        assertThat(((ReviewView) getCurrentView()).getPageTitle()).startsWith("Another article about Tehran");
    }

    private List<String> states() {
        return annotations.findEntities(document.getId(), anasView(document.getId())).stream()
                .map(m -> offsets.slice(m.getSpan().start(), m.getSpan().end()) + " " + m.getLabel() + " " + m.getStatus())
                .toList();
    }

    private EntityMention find(String covered) {
        return annotations.findEntities(document.getId(), anasView(document.getId())).stream()
                .filter(m -> offsets.slice(m.getSpan().start(), m.getSpan().end()).equals(covered))
                .findFirst().orElseThrow();
    }

    private EntityDraft suggestion(String covered, String label) {
        int start = offsets.toCodePoints(TEXT.indexOf(covered));
        return new EntityDraft(null, new Span(start, start + covered.length()), label, ReviewState.pending(),
                Origin.engine("corenlp-ner", "test", 0.9), null, null);
    }

    private Document add(String text) {
        String id = "review-" + System.nanoTime();
        return documents.addDocument(new Document(id, text, text, id, Instant.now()));
    }

    @Autowired
    org.goldset.annotation.AnnotationLayers anasLayers;

    /** What Ana sees of the document: her own layer once she has opened it, the shared suggestions before. */
    private String anasView(long documentId) {
        return anasLayers.state(documentId, "ana") == org.goldset.annotation.AnnotationLayers.State.NEW
                ? org.goldset.annotation.Layers.BASE : "ana";
    }
}
