package org.goldset.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.goldset.AsAdministrator;
import org.goldset.TestAnnotations;
import org.goldset.TestDatabase;
import org.goldset.annotation.AnnotationStatus;
import org.goldset.annotation.EntityDraft;
import org.goldset.annotation.EntityMention;
import org.goldset.annotation.EntityService;
import org.goldset.annotation.Event;
import org.goldset.annotation.EventDraft;
import org.goldset.annotation.EventService;
import org.goldset.annotation.Layers;
import org.goldset.annotation.Origin;
import org.goldset.annotation.OriginKind;
import org.goldset.annotation.ReviewState;
import org.goldset.corpus.Document;
import org.goldset.corpus.DocumentService;
import org.goldset.export.ExportOptions;
import org.goldset.export.GoldExporter;
import org.goldset.suggestion.SuggestionJobs;
import org.goldset.suggestion.SuggestionService;
import org.goldset.text.Span;
import org.goldset.text.TextOffsets;
import org.goldset.TestUsers;
import org.goldset.user.UserAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The review loop as a new analyst tries it, in Chromium and in production mode (what the README's
 * run command serves): after every decision, undo and redo, what the article shows is what the
 * database holds and what the gold export writes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vaadin.productionMode=true", "goldset.suggestion.engines=learned,gazetteer,patterns"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@AsAdministrator
class ReviewLoopInBrowserTest {

    static final String TEXT = "Briefing 🇮🇷\n\nSoleimani 😢 met Nasrallah in Beirut on Tuesday. "
            + "Hezbollah fighters attacked an Israeli patrol near Metula.\n";

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
    EntityService entities;
    @Autowired
    EventService events;
    @Autowired
    GoldExporter exporter;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SuggestionService suggestions;
    @Autowired
    SuggestionJobs jobs;

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
    void articleWithSuggestions() {
        String id = "loop-" + System.nanoTime();
        document = documents.addDocument(new Document(id, "Loop " + id, TEXT, id, Instant.now()));
        entities.storeAnnotations(document.getId(), List.of(suggestion("Soleimani", "PERSON"),
                suggestion("Nasrallah", "PERSON"), suggestion("Tuesday", "DATE"),
                suggestion("Hezbollah", "ORGANIZATION"), suggestion("Metula", "GPE")), List.of(), "engine");
        page = chromium.newPageAs(base(), TestUsers.admin(users));
    }

    @AfterEach
    void closePage() {
        page.context().close();
    }

    @Test
    void accept_then_ctrl_z_leaves_the_mark_pending_in_the_article_as_in_the_database() {
        open();
        long soleimani = idOf("Soleimani");
        page.keyboard().press("j");
        page.keyboard().press("a");
        waitUntil(() -> markClass(soleimani).contains("gs-accepted"));

        page.keyboard().press("Control+z");
        waitUntil(() -> entity(soleimani).orElseThrow().getStatus() == AnnotationStatus.PENDING);
        waitUntil(() -> markClass(soleimani).contains("gs-pending"));
        assertThat(markClass(soleimani)).doesNotContain("gs-accepted");
        assertThat(notifications()).contains("Undid: accept 'Soleimani' PERSON");
        assertThat(page.locator(".goldset-entity-counts").textContent()).startsWith("5 pending · 0 accepted");

        page.keyboard().press("Control+Shift+z");                     // redo shows it accepted again
        waitUntil(() -> markClass(soleimani).contains("gs-accepted"));
        assertThat(entity(soleimani).orElseThrow().getStatus()).isEqualTo(AnnotationStatus.ACCEPTED);
        Chromium.screenshot(page, "loop-accept-undo-redo");
    }

    @Test
    void undoing_a_bulk_accept_leaves_every_mark_pending_in_the_article() {
        open();
        page.keyboard().press("b");
        page.locator("vaadin-button:has-text('Accept 5')").click();
        waitUntil(() -> entities.findEntities(document.getId(), "ana").stream()
                .allMatch(m -> m.getStatus() == AnnotationStatus.ACCEPTED));
        waitUntil(() -> page.locator("goldset-annotated-text mark.gs-accepted").count() >= 5);

        page.keyboard().press("Control+z");
        waitUntil(() -> entities.findEntities(document.getId(), "ana").stream()
                .allMatch(m -> m.getStatus() == AnnotationStatus.PENDING));
        waitUntil(() -> page.locator("goldset-annotated-text mark.gs-accepted").count() == 0);
        assertThat(page.locator("goldset-annotated-text mark.gs-pending").count()).isGreaterThanOrEqualTo(5);
        assertThat(notifications()).contains("Undid: accept 5 pending");
    }

    @Test
    void add_then_undo_then_redo_brings_the_same_annotation_back() {
        open();
        Chromium.selectWord(page, "Beirut");
        page.locator("vaadin-button[data-label='GPE']").waitFor(
                new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
        page.keyboard().press("3");
        waitUntil(() -> manual().isPresent());
        EntityMention added = manual().orElseThrow();
        waitUntil(() -> page.locator(mark(added.getId())).count() > 0);

        page.keyboard().press("Control+z");
        waitUntil(() -> manual().isEmpty());
        waitUntil(() -> page.locator(mark(added.getId())).count() == 0);

        page.keyboard().press("Control+Shift+z");
        waitUntil(() -> manual().isPresent());
        EntityMention back = manual().orElseThrow();
        assertThat(back.getId()).isEqualTo(added.getId());
        assertThat(back.getLabel()).isEqualTo("GPE");
        assertThat(back.getSpan()).isEqualTo(added.getSpan());
        waitUntil(() -> markClass(added.getId()).contains("gs-accepted"));
        assertThat(notifications()).contains("Redid: add 'Beirut' GPE");
    }

    @Test
    void delete_then_undo_gives_the_same_id_origin_and_arguments_in_the_jsonl_export() {
        EntityMention suggested = entityCovering("Hezbollah", Layers.BASE);
        entities.acceptEntity(suggested.getId(), suggested.getVersion(), "ana");
        Event stored = storeAttack();
        TestAnnotations.attachSuggestedArgument(jdbc, stored, "Attacker", entityCovering("Hezbollah", Layers.BASE));
        open();                                                        // opening makes it IN_REVIEW, in Ana's layer
        EntityMention hezbollah = entityCovering("Hezbollah");
        Event attack = events.findEvents(document.getId(), "ana").getFirst();
        String exportBefore = exportedLine(true);
        assertThat(exportBefore).contains("\"role\":\"Attacker\"").contains("\"engine\":\"corenlp-ner\"");

        page.locator(mark(hezbollah.getId())).first().click();
        waitUntil(() -> selectedInBrowser() == hezbollah.getId());
        page.keyboard().press("Delete");
        waitUntil(() -> entity(hezbollah.getId()).isEmpty());
        waitUntil(() -> page.locator(mark(hezbollah.getId())).count() == 0);
        assertThat(events.findEvent(attack.getId()).orElseThrow().getArguments()).isEmpty();

        page.keyboard().press("Control+z");
        waitUntil(() -> entity(hezbollah.getId()).isPresent());
        waitUntil(() -> page.locator(mark(hezbollah.getId())).count() > 0);
        assertThat(entity(hezbollah.getId()).orElseThrow().getOrigin().getKind()).isEqualTo(OriginKind.ENGINE);
        assertThat(exportedLine(true)).isEqualTo(exportBefore);
    }

    @Test
    void accepting_an_argument_of_a_pending_entity_puts_both_in_the_gold() {
        Event stored = storeAttack();
        TestAnnotations.attachSuggestedArgument(jdbc, stored, "Attacker", entityCovering("Hezbollah", Layers.BASE));
        TestAnnotations.attachSuggestedArgument(jdbc, stored, "Place", entityCovering("Metula", Layers.BASE));
        open();
        Event attack = events.findEvents(document.getId(), "ana").getFirst();

        page.keyboard().press("e");
        page.locator(".gs-event-card").first().waitFor();
        page.keyboard().press("a");                                   // the event
        waitUntil(() -> events.findEvent(attack.getId()).orElseThrow().getStatus() == AnnotationStatus.ACCEPTED);
        page.keyboard().press("k");
        page.keyboard().press("l");                                   // its first argument: Attacker
        page.keyboard().press("a");
        waitUntil(() -> entityCovering("Hezbollah").getStatus() == AnnotationStatus.ACCEPTED);
        assertThat(entityCovering("Metula").getStatus()).isEqualTo(AnnotationStatus.PENDING);
        // The article shows the entity accepted too.
        page.keyboard().press("e");
        waitUntil(() -> markClass(entityCovering("Hezbollah").getId()).contains("gs-accepted"));

        String gold = exportedLine(false);
        assertThat(gold).contains("\"role\":\"Attacker\"").doesNotContain("\"role\":\"Place\"");
    }

    @Test
    void one_rejection_then_run_suggestions_leaves_the_other_mentions_suggested() {
        Document first = documents.addDocument(new Document("beirut-1-" + System.nanoTime(), "Beirut one",
                "Ministers met in Beirut on Monday.", "beirut-1", Instant.now()));
        Document second = documents.addDocument(new Document("beirut-2-" + System.nanoTime(), "Beirut two",
                "🙂 Beirut denied the report.", "beirut-2", Instant.now()));
        suggestions.suggest(first.getId());
        suggestions.suggest(second.getId());
        EntityMention elsewhere = beirutIn(second, Layers.BASE);
        page.navigate(base() + "/review/" + first.getId());
        page.waitForSelector("goldset-annotated-text mark.gs-span");

        page.locator(mark(beirutIn(first, "ana").getId())).first().click();
        waitUntil(() -> selectedInBrowser() == beirutIn(first, "ana").getId());
        page.keyboard().press("r");
        waitUntil(() -> beirutIn(first, "ana").getStatus() == AnnotationStatus.REJECTED);
        page.navigate(base() + "/");
        page.locator("vaadin-button:has-text('Run suggestions')").click();
        waitUntil(() -> !jobs.status().running() && jobs.status().progress() != null);

        assertThat(beirutIn(first, "ana").getStatus()).isEqualTo(AnnotationStatus.REJECTED);
        EntityMention still = beirutIn(second, Layers.BASE);
        assertThat(still.getId()).isEqualTo(elsewhere.getId());
        assertThat(still.getStatus()).isEqualTo(AnnotationStatus.PENDING);
        page.navigate(base() + "/review/" + second.getId());
        page.waitForSelector("goldset-annotated-text mark.gs-span");
        assertThat(page.locator(mark(beirutIn(second, "ana").getId())).first().getAttribute("class")).contains("gs-pending");
    }

    private EntityMention beirutIn(Document document, String layer) {
        return entities.findEntities(document.getId(), layer).stream()
                .filter(m -> m.getLabel().equals("GPE") && m.getSpan().end() - m.getSpan().start() == 6)
                .findFirst().orElseThrow();
    }

    @Test
    void typing_in_the_documents_filter_stays_on_the_list() {
        page.navigate(base() + "/");
        Locator filter = page.locator("vaadin-text-field input").first();
        filter.waitFor();
        filter.click();
        page.keyboard().type("iran no such title");
        page.waitForTimeout(800);

        assertThat(page.url()).doesNotContain("/review/");
        assertThat(filter.inputValue()).isEqualTo("iran no such title");
        waitUntil(() -> page.locator("vaadin-grid").textContent().contains("No documents match"));
    }

    @Test
    void an_address_that_leads_nowhere_shows_a_plain_not_found_page() {
        for (String path : List.of("/review/abc", "/review/99999999999999999999", "/review/987654321", "/nowhere")) {
            page.navigate(base() + path);
            page.locator(".goldset-not-found").waitFor();
            String shown = page.locator("body").innerText();
            assertThat(shown).as(path).contains("Not found").contains("Back to the documents")
                    .doesNotContain("Exception").doesNotContain("at org.").doesNotContain("at com.");
        }
        Chromium.screenshot(page, "loop-not-found");
    }

    @Test
    void at_1024_by_768_every_header_button_is_inside_the_window_and_no_development_tools_show() {
        Page small = chromium.newPageAs(base(), TestUsers.admin(users), 1024, 768);
        small.navigate(base() + "/");
        small.locator("vaadin-button:has-text('Export')").waitFor();
        small.waitForTimeout(300);
        insideWindow(small, "vaadin-button:has-text('Export')");
        insideWindow(small, "vaadin-button:has-text('Review next')");
        Chromium.screenshot(small, "loop-documents-1024");

        small.navigate(base() + "/review/" + document.getId());
        small.waitForSelector("goldset-annotated-text mark.gs-span");
        small.waitForTimeout(300);
        insideWindow(small, "vaadin-button:has-text('Done & next')");
        insideWindow(small, "vaadin-button:has-text('Keys')");
        insideWindow(small, "vaadin-button:has-text('Accept all')");
        assertThat(small.locator("vaadin-dev-tools, copilot-main").count()).isZero();
        assertThat(small.locator(".goldset-document-status").textContent()).isEqualTo("in review");
        Chromium.screenshot(small, "loop-review-1024");
        small.context().close();
    }

    @Test
    void the_events_panel_keeps_the_current_card_in_sight() {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 14; i++) {
            text.append("Hezbollah attacked post ").append(i).append(" near Metula.\n");
        }
        String article = text.toString();
        Document many = documents.addDocument(new Document("many-" + System.nanoTime(), "Many events", article,
                "many", Instant.now()));
        List<EventDraft> attacks = new java.util.ArrayList<>();
        for (int at = article.indexOf("attacked"); at >= 0; at = article.indexOf("attacked", at + 1)) {
            attacks.add(new EventDraft(null, "ATTACK", new Span(at, at + "attacked".length()), ReviewState.pending(),
                    Origin.engine("events", "test", 0.7), Map.of(), List.of()));
        }
        entities.storeAnnotations(many.getId(), List.of(), attacks, "engine");
        page.navigate(base() + "/review/" + many.getId());
        page.locator("goldset-annotated-text").waitFor();

        page.keyboard().press("e");
        page.locator(".gs-event-card.gs-current").waitFor();
        for (int i = 0; i < 10; i++) {
            page.keyboard().press("j");
        }
        waitUntil(() -> page.locator(".gs-event-card").nth(10).getAttribute("class").contains("gs-current"));
        page.waitForTimeout(500);

        BoundingBox current = page.locator(".gs-event-card.gs-current").boundingBox();
        Chromium.screenshot(page, "loop-events-scrolled");
        assertThat(page.evaluate("() => document.scrollingElement.scrollHeight <= window.innerHeight"))
                .as("the page itself never scrolls: only the article and the panels do").isEqualTo(true);
        assertThat(current.y).isGreaterThanOrEqualTo(0);
        assertThat(current.y + current.height).isLessThanOrEqualTo(900);
        Chromium.screenshot(page, "loop-events-scrolled");
    }

    private void insideWindow(Page on, String selector) {
        BoundingBox box = on.locator(selector).first().boundingBox();
        assertThat(box).as(selector + " is laid out").isNotNull();
        assertThat(box.x).as(selector + " left edge").isGreaterThanOrEqualTo(0);
        assertThat(box.x + box.width).as(selector + " right edge").isLessThanOrEqualTo(1024);
    }

    private Event storeAttack() {
        int trigger = offsets.toCodePoints(TEXT.indexOf("attacked"));
        entities.storeAnnotations(document.getId(), List.of(), List.of(new EventDraft("E1", "ATTACK",
                new Span(trigger, trigger + "attacked".length()), ReviewState.pending(),
                Origin.engine("events", "test", 0.7), Map.of("modality", "\"asserted\""), List.of())), "engine");
        return events.findEvents(document.getId(), Layers.BASE).getFirst();
    }

    /** The document's line of a JSONL export of Ana's layer that includes it whatever its status (code-point offsets). */
    private String exportedLine(boolean withPending) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.exportJsonl(out, new ExportOptions(true, withPending, false, "ana"), GoldExporter.ExportProgress.NONE);
        return out.toString(StandardCharsets.UTF_8).lines().filter(line -> line.contains(document.getExternalId()))
                .findFirst().orElseThrow();
    }

    private void open() {
        page.navigate(base() + "/review/" + document.getId());
        page.waitForSelector("goldset-annotated-text mark.gs-span");
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    private static String mark(long id) {
        return "goldset-annotated-text mark[data-ids~='" + id + "']";
    }

    private String markClass(long id) {
        Locator marks = page.locator(mark(id));
        return marks.count() == 0 ? "" : String.valueOf(marks.first().getAttribute("class"));
    }

    private String notifications() {
        return String.join(" | ", page.locator("vaadin-notification-card").allTextContents());
    }

    private long selectedInBrowser() {
        return ((Number) page.evaluate("() => document.querySelector('goldset-annotated-text').selectedId")).longValue();
    }

    private Optional<EntityMention> entity(long id) {
        return entities.findEntity(id);
    }

    private long idOf(String covered) {
        return entityCovering(covered).getId();
    }

    private EntityMention entityCovering(String covered) {
        return entityCovering(covered, "ana");
    }

    private EntityMention entityCovering(String covered, String layer) {
        return entities.findEntities(document.getId(), layer).stream()
                .filter(m -> offsets.slice(m.getSpan().start(), m.getSpan().end()).equals(covered))
                .findFirst().orElseThrow();
    }

    private Optional<EntityMention> manual() {
        return entities.findEntities(document.getId(), "ana").stream()
                .filter(m -> m.getOrigin().getKind() == OriginKind.MANUAL).findFirst();
    }

    private void waitUntil(BooleanSupplier condition) {
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
}
