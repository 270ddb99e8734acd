package org.goldset.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.select.Select;
import org.goldset.AsAdministrator;
import org.goldset.review.listing.SearchSnippet;
import org.goldset.TestDatabase;
import org.goldset.annotation.AnnotationStatus;
import org.goldset.annotation.EntityDraft;
import org.goldset.annotation.EntityService;
import org.goldset.annotation.Origin;
import org.goldset.annotation.ReviewState;
import org.goldset.corpus.Document;
import org.goldset.corpus.DocumentService;
import org.goldset.importing.CorpusImporter;
import org.goldset.suggestion.SuggestionJobs;
import org.goldset.text.Span;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

// Fast engines only: the suggestion job test needs no CoreNLP models.
@SpringBootTest(properties = "goldset.suggestion.engines=learned,gazetteer,patterns")
@AsAdministrator
class DocumentsViewTest extends SpringBrowserlessTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @Autowired
    CorpusImporter importer;
    @Autowired
    DocumentService documents;
    @Autowired
    EntityService annotations;
    @Autowired
    SuggestionJobs jobs;


    @BeforeEach
    void seedCorpus() {
        importer.importPaths(List.of(TestDatabase.seeds()), CorpusImporter.ImportProgress.NONE);
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_documents_list_shows_every_seed_article_with_its_date_and_status() {
        navigate(DocumentsView.class);
        Grid<?> grid = $(Grid.class).single();

        assertThat(test(grid).size()).isGreaterThanOrEqualTo(5);
        assertThat(title(grid, 0)).startsWith("Iran’s IRGC Hits Back at US Criticism");
        assertThat(test(grid).getCellText(0, 2)).isEqualTo("6 Nov 2018");
        assertThat(title(grid, 2)).isEqualTo("Qasem Soleimani: Iranian Qods Force Commander and Killer of Children");
        assertThat(test(grid).getCellText(2, 2)).isEqualTo("7 Jan 2020");
        assertThat(test((Grid<Object>) grid).getLitRendererPropertyValue(0, 3, "label", String.class)).isEqualTo("New");
        assertThat(test((Grid<Object>) grid).getLitRendererPropertyValue(0, 3, "status", String.class)).isEqualTo("NEW");
        assertThat($(com.vaadin.flow.component.html.Span.class).withClassName("goldset-corpus-summary").single().getText())
                .endsWith("documents · 0 in review · 0 curating · 0 done");
    }

    @Test
    void the_counts_show_each_document_s_pending_accepted_and_rejected_entities_and_its_pending_events() {
        String title = "Counting article " + System.nanoTime();
        long id = documents.addDocument(new Document(title, title, title + "\nHezbollah and Hamas met Ali Khamenei.",
                title, Instant.now())).getId();
        annotations.storeAnnotations(id, List.of(
                new EntityDraft(null, new Span(0, 6), "ORGANIZATION", ReviewState.pending(),
                        Origin.engine("gazetteer", "1", 0.9), null, null),
                new EntityDraft(null, new Span(8, 12), "ORGANIZATION", ReviewState.pending(),
                        Origin.engine("gazetteer", "1", 0.9), null, null),
                new EntityDraft(null, new Span(20, 36), "PERSON",
                        new ReviewState(AnnotationStatus.ACCEPTED, "ana", Instant.now()), Origin.manual(), null, null)),
                List.of(new org.goldset.annotation.EventDraft(null, "MEET", new Span(24, 27), ReviewState.pending(),
                        Origin.engine("events", "1", 0.7), java.util.Map.of(), List.of()),
                        new org.goldset.annotation.EventDraft(null, "MEET", new Span(24, 27),
                                new ReviewState(AnnotationStatus.ACCEPTED, "ana", Instant.now()), Origin.manual(),
                                java.util.Map.of(), List.of())), "test");

        navigate(DocumentsView.class);
        test($(TextField.class).id("documents-search")).setValue("\"" + title + "\"");
        Grid<?> grid = $(Grid.class).single();

        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getCellText(0, 4)).as("nobody has a layer of it yet").isEmpty();
        assertThat(test(grid).getCellText(0, 5)).isEqualTo("2");
        assertThat(test(grid).getCellText(0, 6)).isEqualTo("1");
        assertThat(test(grid).getCellText(0, 7)).isEqualTo("0");
        assertThat(test(grid).getCellText(0, 8)).isEqualTo("1 of 2 pending");
    }

    @Test
    void the_suggest_button_runs_the_background_job_and_the_counts_show_its_suggestions() throws Exception {
        navigate(DocumentsView.class);
        Button suggest = $(Button.class).withText("Run suggestions").single();

        test(suggest).click();
        for (int wait = 0; wait < 300 && jobs.status().running(); wait++) {
            Thread.sleep(100);
        }
        navigate(DocumentsView.class);
        Grid<?> grid = $(Grid.class).single();

        assertThat(jobs.status().running()).isFalse();
        assertThat(jobs.status().message()).containsPattern("in \\d+ document\\(s\\)");
        assertThat(Integer.parseInt(test(grid).getCellText(0, 5))).isPositive();
    }

    @Test
    @SuppressWarnings("unchecked")
    void status_label_and_engine_filters_narrow_the_list() {
        String title = "Filter article " + System.nanoTime();
        long id = documents.addDocument(new Document(title, title, title + "\nHezbollah fired rockets.", title,
                Instant.now())).getId();
        annotations.storeAnnotations(id, List.of(new EntityDraft(null, new Span(0, 6), "WEAPON",
                ReviewState.pending(), Origin.engine("patterns-test", "1", 0.9), null, null)), List.of(), "test");
        navigate(DocumentsView.class);
        Grid<?> grid = $(Grid.class).single();
        Select<Object> label = $(Select.class).id("documents-label");

        assertThat($(Select.class).withId("documents-decision").exists()).as("a decision refines a label or engine")
                .isFalse();
        test(label).selectItem("WEAPON");
        Select<Object> decision = $(Select.class).id("documents-decision");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(title(grid, 0)).isEqualTo(title);
        test(decision).selectItem("Accepted");
        assertThat(test(grid).size()).isZero();
        test(decision).selectItem("Pending");
        test($(Select.class).id("documents-engine")).selectItem("patterns-test");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat($(com.vaadin.flow.component.html.Span.class).withClassName("goldset-corpus-summary").single()
                .getText()).endsWith(" · 1 shown");
        test($(Select.class).id("documents-status")).selectItem("Done");
        assertThat(test(grid).size()).isZero();
        assertThat(grid.getEmptyStateText()).isEqualTo("No documents match these filters.");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_search_finds_words_in_the_article_text_and_shows_them_marked_under_the_title() {
        navigate(DocumentsView.class);
        Grid<?> grid = $(Grid.class).single();

        test($(TextField.class).id("documents-search")).setValue("desperat");

        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(title(grid, 0)).startsWith("Iran’s IRGC Hits Back at US Criticism");
        List<SearchSnippet.Part> snippet = test((Grid<Object>) grid).getLitRendererPropertyValue(0, 0, "snippet", List.class);
        assertThat(snippet).extracting(SearchSnippet.Part::text).isNotEmpty();
        List<String> marked = snippet.stream().filter(SearchSnippet.Part::hit).map(SearchSnippet.Part::text).toList();
        assertThat(marked).isNotEmpty().allSatisfy(word -> assertThat(word).startsWithIgnoringCase("desperat"));
    }

    @SuppressWarnings("unchecked")
    private String title(Grid<?> grid, int row) {
        return test((Grid<Object>) grid).getLitRendererPropertyValue(row, 0, "title", String.class);
    }
}
