package org.goldset.review.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.goldset.AsAdministrator;
import org.goldset.TestDatabase;
import org.goldset.annotation.AnnotationStatus;
import org.goldset.corpus.DocumentStatus;
import org.goldset.gold.FormatFixtures;
import org.goldset.importing.CorpusImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The documents list's queries on a corpus larger than one page: the two annotated fixture articles
 * (emoji before their mentions, so a code-point slip shows) and 300 plain ones.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@AsAdministrator
class DocumentListingTest {

    private static final int GENERATED = 300;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @Autowired
    CorpusImporter importer;
    @Autowired
    DocumentListing listing;

    @BeforeAll
    void corpus() throws IOException {
        List<String> lines = new ArrayList<>(FormatFixtures.lines());
        for (int i = 0; i < GENERATED; i++) {
            String city = i % 2 == 0 ? "Mosul" : "Basra";
            lines.add("{\"id\":\"g%03d\",\"title\":\"Generated %d\",\"text\":\"Filler article %d from %s%s\"}"
                    .formatted(i, i, i, city, " more".repeat(i % 7)));
        }
        Path file = Files.createTempFile("listing", ".jsonl");
        Files.write(file, lines);
        importer.importPaths(List.of(file), CorpusImporter.ImportProgress.NONE);
    }

    @Test
    void every_order_pages_through_each_document_exactly_once() {
        int total = listing.count(DocumentQuery.ALL).listed();
        assertThat(total).isEqualTo(GENERATED + 2);
        for (DocumentOrder order : DocumentOrder.values()) {
            for (boolean descending : List.of(false, true)) {
                List<Long> seen = new ArrayList<>();
                for (int offset = 0; offset < total; offset += 50) {
                    listing.page(DocumentQuery.ALL, order, descending, offset, 50).forEach(row -> seen.add(row.id()));
                }
                assertThat(seen).as(order + (descending ? " descending" : "")).hasSize(total).doesNotHaveDuplicates();
            }
        }
    }

    @Test
    void sorting_happens_in_the_database_over_the_whole_corpus_not_within_a_page() {
        List<DocumentRow> longest = listing.page(DocumentQuery.ALL, DocumentOrder.LENGTH, true, 0, 3);
        List<DocumentRow> mostAccepted = listing.page(DocumentQuery.ALL, DocumentOrder.ACCEPTED, true, 0, 1);

        assertThat(longest).extracting(DocumentRow::textLength).isSortedAccordingTo((a, b) -> b - a);
        assertThat(longest.getFirst().externalId()).isEqualTo("k1"); // the fixture article is the longest text
        assertThat(mostAccepted.getFirst().externalId()).isEqualTo("k1");
        assertThat(mostAccepted.getFirst().accepted()).isEqualTo(8);
    }

    @Test
    void search_finds_word_starts_in_text_titles_and_ids_and_marks_them_in_a_snippet() {
        DocumentRow erdogan = single(search("erdog")); // folded accents: ğ is g on both databases
        assertThat(erdogan.externalId()).isEqualTo("k1");
        assertThat(erdogan.snippet().parts()).filteredOn(SearchSnippet.Part::hit)
                .extracting(SearchSnippet.Part::text).containsExactly("Erdoğan");

        assertThat(listing.count(query("Basra")).listed()).isEqualTo(GENERATED / 2);
        assertThat(single(search("k2")).title()).startsWith("Sanctions");
        assertThat(single(search("\"Generated 17\"")).externalId()).isEqualTo("g017");
        assertThat(single(search("Friday russia")).externalId()).isEqualTo("k2");
        assertThat(search("\"Russia on Friday\"")).extracting(DocumentRow::externalId).containsExactly("k2");
        assertThat(search("\"Friday on Russia\"")).isEmpty();
    }

    @Test
    void search_text_is_never_read_as_query_syntax() {
        for (String typed : List.of("\"", "*", "AND", "NEAR(", "title:Kyiv", "'); DROP TABLE document;--", "🇺🇦",
                "-Russia", "^Kyiv", "Kyiv OR", "(")) {
            assertThatNoException().as(typed).isThrownBy(() -> {
                listing.count(query(typed));
                listing.page(query(typed), DocumentOrder.IMPORTED, false, 0, 50);
            });
        }
        assertThat(listing.count(query("🇺🇦")).listed()).as("nothing to search for matches nothing").isZero();
    }

    @Test
    void annotation_filters_find_documents_by_label_decision_text_and_engine() {
        assertThat(containing(AnnotationFilter.Label.entity("PERSON"), AnnotationStatus.ACCEPTED, "Erdoğan", null))
                .containsExactly("k1");
        assertThat(containing(AnnotationFilter.Label.entity("PERSON"), AnnotationStatus.PENDING, "Erdoğan", null))
                .isEmpty();
        // After two flag emoji (four UTF-16 units, two code points each): offsets must be code points.
        assertThat(containing(AnnotationFilter.Label.entity("GPE"), AnnotationStatus.PENDING, "istanbul", null))
                .containsExactly("k1");
        assertThat(containing(AnnotationFilter.Label.entity("GPE"), AnnotationStatus.PENDING, "Kyiv", null))
                .as("Kyiv is accepted, not pending").isEmpty();
        assertThat(containing(AnnotationFilter.Label.entity("GPE"), AnnotationStatus.PENDING, "ISTANBUL", null))
                .as("the words typed are lower-cased as the annotation's text is").containsExactly("k1");
        assertThat(containing(AnnotationFilter.Label.entity("GPE"), null, "Russia", null))
                .containsExactlyInAnyOrder("k1", "k2");
        assertThat(containing(AnnotationFilter.Label.event("ATTACK"), AnnotationStatus.PENDING, null, null))
                .containsExactly("k1");
        assertThat(containing(AnnotationFilter.Label.event("ATTACK"), AnnotationStatus.ACCEPTED, null, null)).isEmpty();
        assertThat(containing(AnnotationFilter.Label.event("ATTACK"), null, "attacked", null)).containsExactly("k1");
        assertThat(containing(null, null, null, "gazetteer")).containsExactly("k1");
        assertThat(containing(AnnotationFilter.Label.entity("PERSON"), null, null, "gazetteer")).isEmpty();
        assertThat(containing(null, AnnotationStatus.PENDING, null, "events")).containsExactly("k1");
    }

    @Test
    void filters_combine_with_search_and_status() {
        AnnotationFilter gpe = new AnnotationFilter(AnnotationFilter.Label.entity("GPE"), null, null, null);
        assertThat(listing.count(new DocumentQuery("Friday", null, gpe)).listed()).isEqualTo(1);
        assertThat(listing.count(new DocumentQuery(null, DocumentStatus.DONE, gpe)).listed()).isEqualTo(1);
        assertThat(listing.count(new DocumentQuery(null, DocumentStatus.NEW, null)).listed()).isEqualTo(GENERATED + 1);
    }

    @Test
    void a_count_that_reads_annotation_text_stops_at_its_limit_and_says_more_match() {
        DocumentQuery russia = new DocumentQuery(null, null,
                new AnnotationFilter(AnnotationFilter.Label.entity("GPE"), null, "Russia", null));

        assertThat(listing.count(russia, 1)).isEqualTo(new DocumentListing.Matches(1, true));
        assertThat(listing.count(russia, 2)).isEqualTo(new DocumentListing.Matches(2, false));
    }

    @Test
    void the_corpus_counts_and_engines_come_from_the_database() {
        assertThat(listing.statusCounts()).containsEntry(DocumentStatus.NEW, GENERATED + 1)
                .containsEntry(DocumentStatus.DONE, 1);
        assertThat(listing.engines()).containsExactly("corenlp-ner", "events", "gazetteer");
    }

    private List<String> containing(AnnotationFilter.Label label, AnnotationStatus status, String text, String engine) {
        DocumentQuery query = new DocumentQuery(null, null, new AnnotationFilter(label, status, text, engine));
        List<String> ids = listing.page(query, DocumentOrder.IMPORTED, false, 0, 100).stream()
                .map(DocumentRow::externalId).toList();
        assertThat(listing.count(query).listed()).as("count agrees with the page").isEqualTo(ids.size());
        return ids;
    }

    private List<DocumentRow> search(String typed) {
        return listing.page(query(typed), DocumentOrder.IMPORTED, false, 0, 100);
    }

    private static DocumentQuery query(String typed) {
        return new DocumentQuery(typed, null, null);
    }

    private static DocumentRow single(List<DocumentRow> rows) {
        assertThat(rows).hasSize(1);
        return rows.getFirst();
    }
}
