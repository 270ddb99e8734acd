package org.goldset.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.goldset.AsAdministrator;
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
import org.goldset.text.Span;
import org.goldset.text.TextOffsets;
import org.goldset.TestUsers;
import org.goldset.user.UserAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The review screen in a real Chromium: the article renders as inert text, a mouse selection
 * becomes an annotation, the keyboard accepts and rejects, Ctrl+Z undoes. Screenshots go to
 * target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@AsAdministrator
class ReviewInBrowserTest {

    /** Markup that would run if the component ever rendered the article as HTML. */
    static final String HOSTILE = "<script>window.goldsetPwned = 'script'</script>"
            + "<img src=x onerror=\"window.goldsetPwned = 'img'\">";
    static final String TEXT = "Briefing 🇮🇷 " + HOSTILE + "\n\nSoleimani 😢 met Nasrallah in Beirut on Tuesday.\n"
            + "The Islamic Revolutionary Guard Corps denied it.\n";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @Autowired
    UserAccounts users;
    @LocalServerPort
    int port;
    @Autowired
    DocumentService documents;
    @Autowired
    EntityService annotations;
    @Autowired
    org.goldset.annotation.EventService eventReads;

    Chromium chromium;
    Page page;
    Document document;
    final TextOffsets offsets = new TextOffsets(TEXT);

    @BeforeAll
    void startBrowser() {
        chromium = new Chromium();
    }

    @AfterAll
    void stopBrowser() {
        chromium.close();
    }

    @BeforeEach
    void openArticle() {
        String id = "browser-" + System.nanoTime();
        document = documents.addDocument(new Document(id, "Briefing", TEXT, id, Instant.now()));
        annotations.storeAnnotations(document.getId(), List.of(suggestion("Soleimani", "PERSON"),
                suggestion("Nasrallah", "PERSON"), suggestion("Tuesday", "DATE"),
                suggestion("Islamic Revolutionary Guard Corps", "ORGANIZATION"), suggestion("Islamic", "NORP")),
                List.of(), "engine");
        page = chromium.newPageAs("http://127.0.0.1:" + port, TestUsers.admin(users));
        page.navigate("http://127.0.0.1:" + port + "/review/" + document.getId());
        page.waitForSelector("goldset-annotated-text mark.gs-span");
    }

    @Test
    void the_article_is_shown_as_text_and_hostile_markup_stays_inert() {
        String shown = page.locator("goldset-annotated-text").innerText();

        assertThat(shown).contains(HOSTILE).contains("🇮🇷");
        assertThat(page.evaluate("() => window.goldsetPwned === undefined")).isEqualTo(true);
        assertThat(page.locator("goldset-annotated-text script").count()).isZero();
        assertThat(page.locator("goldset-annotated-text img").count()).isZero();
        Chromium.screenshot(page, "review-inert-markup");
    }

    @Test
    void the_keyboard_accepts_and_rejects_and_ctrl_z_undoes() {
        page.keyboard().press("j");
        page.keyboard().press("a");
        page.locator("mark.gs-accepted").first().waitFor();
        page.keyboard().press("r");
        waitUntil(() -> status("Nasrallah") == AnnotationStatus.REJECTED);

        assertThat(status("Soleimani")).isEqualTo(AnnotationStatus.ACCEPTED);
        Chromium.screenshot(page, "review-after-keyboard-triage");

        page.keyboard().press("Control+z");
        waitUntil(() -> status("Nasrallah") == AnnotationStatus.PENDING);
        assertThat(status("Soleimani")).isEqualTo(AnnotationStatus.ACCEPTED);
    }

    /**
     * A click on a mark and the key after it can reach the server in one request (a busy server, a
     * fast analyst). The list then refreshed the row twice in one response, once from the mention
     * before the decision and once after, in no fixed order: the mark said accepted while the list
     * kept saying pending. Every row must show what the database holds.
     */
    @Test
    void a_click_and_a_key_in_one_request_leave_the_list_showing_the_stored_decision() {
        List<String> covered = List.of("Soleimani", "Nasrallah", "Tuesday", "Islamic Revolutionary Guard Corps");
        for (String text : covered) {
            long id = idOf(text, text.equals("Tuesday") ? "DATE" : text.startsWith("Islamic") ? "ORGANIZATION" : "PERSON");
            // One script, one task: Vaadin sends the click and the key in a single request. (A mark
            // holding this annotation only: a click on a nested mark may select the inner one.)
            page.evaluate("id => { document.querySelector(`goldset-annotated-text mark[data-ids='${id}']`).click();"
                    + " document.body.dispatchEvent(new KeyboardEvent('keydown', {key: 'a', code: 'KeyA', bubbles: true})); }",
                    Long.toString(id));
            page.locator("goldset-annotated-text mark.gs-accepted[data-ids~='" + id + "']").first().waitFor();
            waitUntil(() -> status(text) == AnnotationStatus.ACCEPTED);
        }
        assertThat(statusCells()).as("the list's status cells").containsExactlyInAnyOrder(
                "ACCEPTED", "ACCEPTED", "ACCEPTED", "ACCEPTED", "PENDING");
    }

    @SuppressWarnings("unchecked")
    private List<String> statusCells() {
        return (List<String>) page.evaluate("() => Array.from(document.querySelectorAll("
                + "\"vaadin-grid-cell-content span[class^='gs-status-']\")).map(s => s.className.substring(10))");
    }

    @Test
    void a_mouse_selection_with_a_label_key_becomes_an_annotation() {
        Chromium.selectWord(page, "Beirut");
        page.locator("vaadin-button[data-label='GPE']").waitFor(
                new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
        Chromium.screenshot(page, "review-label-picker");
        page.keyboard().press("3");
        waitUntil(() -> manual().isPresent());

        EntityMention added = manual().orElseThrow();
        assertThat(added.getLabel()).isEqualTo("GPE");
        assertThat(offsets.slice(added.getSpan().start(), added.getSpan().end())).isEqualTo("Beirut");
        page.locator("mark.gs-accepted").first().waitFor();
        Chromium.screenshot(page, "review-after-adding-by-selection");
    }

    @Test
    void nested_annotations_stay_visible_and_repeated_clicks_cycle_through_them() {
        Locator nested = page.locator("mark[data-ids~='" + idOf("Islamic", "NORP") + "']");
        assertThat(nested.getAttribute("title")).contains("NORP").contains("ORGANIZATION");
        assertThat(page.locator("mark[data-ids~='" + idOf("Islamic Revolutionary Guard Corps", "ORGANIZATION") + "']")
                .count()).isGreaterThan(1);

        nested.click();
        waitUntil(() -> selectedInBrowser() == idOf("Islamic", "NORP"));
        nested.click();
        waitUntil(() -> selectedInBrowser() == idOf("Islamic Revolutionary Guard Corps", "ORGANIZATION"));
        Chromium.screenshot(page, "review-nested-annotations");
    }

    private long selectedInBrowser() {
        return ((Number) page.evaluate("() => document.querySelector('goldset-annotated-text').selectedId")).longValue();
    }

    private long idOf(String covered, String label) {
        return annotations.findEntities(document.getId(), anasView(document.getId())).stream()
                .filter(m -> offsets.slice(m.getSpan().start(), m.getSpan().end()).equals(covered)
                        && m.getLabel().equals(label))
                .findFirst().orElseThrow().getId();
    }

    @Test
    void an_event_card_shows_its_roles_and_accepts_with_a_click() {
        // A document with an event suggestion, which Ana's layer copies when she opens it.
        String id = "browser-event-" + System.nanoTime();
        document = documents.addDocument(new Document(id, "Briefing with an event", TEXT + " ", id, Instant.now()));
        int trigger = offsets.toCodePoints(TEXT.indexOf("met"));
        annotations.storeAnnotations(document.getId(), List.of(suggestion("Soleimani", "PERSON")),
                List.of(new org.goldset.annotation.EventDraft("E1", "MEET", new Span(trigger, trigger + 3),
                        ReviewState.pending(), Origin.engine("events", "test", 0.7),
                        java.util.Map.of("modality", "\"asserted\""), List.of())), "engine");
        page.navigate("http://127.0.0.1:" + port + "/review/" + document.getId());
        page.waitForSelector("goldset-annotated-text mark.gs-span");

        page.locator("vaadin-tab:has-text('Events')").click();
        page.locator(".gs-event-card").waitFor();
        Chromium.screenshot(page, "review-event-cards");
        page.locator(".gs-event-card button[aria-label='Accept event (a)']").click();
        waitUntil(() -> eventReads.findEvents(document.getId(), anasView(document.getId())).getFirst().getStatus() == AnnotationStatus.ACCEPTED);
    }

    private java.util.Optional<EntityMention> manual() {
        return annotations.findEntities(document.getId(), anasView(document.getId())).stream()
                .filter(m -> m.getOrigin().getKind() == OriginKind.MANUAL).findFirst();
    }

    private AnnotationStatus status(String covered) {
        return annotations.findEntities(document.getId(), anasView(document.getId())).stream()
                .filter(m -> offsets.slice(m.getSpan().start(), m.getSpan().end()).equals(covered))
                .findFirst().orElseThrow().getStatus();
    }

    private void waitUntil(java.util.function.BooleanSupplier condition) {
        for (int i = 0; i < 100 && !condition.getAsBoolean(); i++) {
            page.waitForTimeout(100);
        }
        assertThat(condition.getAsBoolean()).as("condition reached within 10 s").isTrue();
    }

    private EntityDraft suggestion(String covered, String label) {
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
