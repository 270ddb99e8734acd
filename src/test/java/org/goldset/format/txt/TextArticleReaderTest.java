package org.goldset.format.txt;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TextArticleReaderTest {

    @Test
    void the_first_line_is_the_title_and_a_byline_gives_author_and_date() {
        var header = TextArticleReader.read("""
                Minister Warns of Retaliation After Strike

                By Jane Doe | November 6, 2018 | 6:12 PM EST

                The minister said on Tuesday that the country would respond.
                """);
        assertThat(header.title()).isEqualTo("Minister Warns of Retaliation After Strike");
        assertThat(header.byline()).isEqualTo("Jane Doe");
        assertThat(header.date()).isEqualTo(LocalDate.of(2018, 11, 6));
    }

    @Test
    void a_byline_without_a_name_still_gives_the_date() {
        var header = TextArticleReader.read("Title\n\nWritten By | Jan 7, 2020\nkeywords, here\n\nBody text.");
        assertThat(header.byline()).isNull();
        assertThat(header.date()).isEqualTo(LocalDate.of(2020, 1, 7));
    }

    @Test
    void web_page_boilerplate_before_the_headline_is_not_the_title() {
        var header = TextArticleReader.read("Skip to main content\n\nThe Real Headline\n\nBody.");
        assertThat(header.title()).isEqualTo("The Real Headline");
    }

    @Test
    void a_dateline_gives_the_place_and_the_agency_as_outlet() {
        var header = TextArticleReader.read("""
                Protesters Gather Outside Embassy
                12 March 2021
                BAGHDAD (Reuters) - Thousands of protesters gathered on Friday.
                """);
        assertThat(header.dateline()).isEqualTo("BAGHDAD");
        assertThat(header.outlet()).isEqualTo("Reuters");
        assertThat(header.date()).isEqualTo(LocalDate.of(2021, 3, 12));
    }

    @Test
    void a_date_inside_a_long_body_sentence_is_not_taken_for_the_publication_date() {
        var header = TextArticleReader.read("""
                Headline
                FRANCE: In the early hours of Friday, January 3, 2020, a vehicle carrying the commander was struck by an air raid after leaving the airport.
                """);
        assertThat(header.date()).isNull();
        assertThat(header.dateline()).isEqualTo("FRANCE");
    }

    @Test
    void iso_dates_and_impossible_dates_are_told_apart() {
        assertThat(TextArticleReader.dateIn("Published 2024-02-29")).contains(LocalDate.of(2024, 2, 29));
        assertThat(TextArticleReader.dateIn("February 31, 2020")).isEmpty();
    }

    @Test
    void an_article_with_nothing_but_a_title_has_no_metadata() {
        var header = TextArticleReader.read("Just a title");
        assertThat(header.title()).isEqualTo("Just a title");
        assertThat(header.byline()).isNull();
        assertThat(header.date()).isNull();
        assertThat(header.outlet()).isNull();
    }

    @Test
    void an_agency_line_or_a_sign_off_names_the_outlet_but_a_photo_credit_does_not() {
        assertThat(TextArticleReader.read("Headline\n\nA caption.\nSputnik\nBody text.").outlet()).isEqualTo("Sputnik");
        assertThat(TextArticleReader.read("Headline\n\nBody.\n\n— The CNSNews Team\n\nSign up.").outlet())
                .isEqualTo("CNSNews");
        assertThat(TextArticleReader.read("Headline\n\nSoleimani\nAy Collection/AP\n\nBody.").outlet()).isNull();
    }

    @Test
    void the_seeds_outlets_and_dates_are_read_where_their_text_states_them() throws Exception {
        java.util.Map<String, String> found = new java.util.TreeMap<>();
        try (var files = java.nio.file.Files.list(org.goldset.TestDatabase.seeds())) {
            for (var file : files.sorted().toList()) {
                var header = TextArticleReader.read(java.nio.file.Files.readString(file));
                found.put(file.getFileName().toString().substring(0, 3), header.outlet() + " " + header.date());
            }
        }
        assertThat(found).containsExactly(java.util.Map.entry("000", "null 2018-11-06"),
                java.util.Map.entry("001", "CNSNews 2018-07-27"), java.util.Map.entry("002", "null 2020-01-07"),
                java.util.Map.entry("003", "null null"), java.util.Map.entry("004", "Sputnik null"));
    }
}
