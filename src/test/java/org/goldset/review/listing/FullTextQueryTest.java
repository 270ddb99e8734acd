package org.goldset.review.listing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What typed text becomes in each database's full-text syntax. */
class FullTextQueryTest {

    @Test
    void chunks_are_word_starts_and_quotes_are_exact_phrases_in_both_syntaxes() {
        FullTextQuery query = FullTextQuery.of("Qasem \"Revolutionary Guard\" Iran's").orElseThrow();

        assertThat(query.fts5()).isEqualTo("\"qasem\"* \"revolutionary guard\" \"iran s\"*");
        assertThat(query.tsquery()).isEqualTo("(qasem:*) & (revolutionary <-> guard) & (iran <-> s:*)");
    }

    @Test
    void query_syntax_typed_is_only_words_and_nothing_wordless_is_a_query() {
        assertThat(FullTextQuery.of("title:Kyiv OR NEAR(a b) -x ^y").orElseThrow().fts5())
                .isEqualTo("\"title kyiv\"* \"or\"* \"near a\"* \"b\"* \"x\"* \"y\"*");
        assertThat(FullTextQuery.of("\" * ( ) 🇺🇦")).isEmpty();
        assertThat(FullTextQuery.of(null)).isEmpty();
    }

    @Test
    void a_pasted_paragraph_is_cut_to_the_first_words() {
        FullTextQuery query = FullTextQuery.of("word ".repeat(1000) + "\"a b c\"").orElseThrow();

        assertThat(query.phrases()).hasSize(FullTextQuery.MOST_WORDS);
        assertThat(query.phrases().stream().mapToInt(phrase -> phrase.words().size()).sum())
                .isEqualTo(FullTextQuery.MOST_WORDS);
    }
}
