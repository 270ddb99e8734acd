package org.goldset.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.goldset.agreement.LayerUnits.Entity;
import org.junit.jupiter.api.Test;

/** The edge cases of decision 018's definitions, one pair and one document at a time. */
class DocumentComparisonTest {

    private static final List<int[]> WORDS = List.of(new int[] {0, 5}, new int[] {6, 11}, new int[] {12, 17});

    @Test
    void identical_layers_agree_perfectly_and_labels_nobody_used_have_no_figure() {
        LayerUnits same = layer(new Entity(0, 11, "ORGANIZATION"), new Entity(12, 17, "GPE"));
        PairTally tally = new PairTally();
        DocumentComparison.add(tally, 17, WORDS, same, same);

        assertThat(PairTally.f1(tally.label("GPE").exact, tally.label("GPE").a, tally.label("GPE").b)).isEqualTo(1.0);
        assertThat(tally.alpha(tally.label("GPE"))).isEqualTo(1.0);
        assertThat(tally.overallAlpha()).isEqualTo(1.0);
        assertThat(tally.kappa()).isEqualTo(1.0);
        assertThat(tally.alpha(tally.label("PERSON"))).as("a label on no character").isNull();
        assertThat(PairTally.f1(0, 0, 0)).isNull();
    }

    @Test
    void two_short_spans_inside_one_long_one_match_it_once() {
        LayerUnits longOne = layer(new Entity(0, 17, "ORGANIZATION"));
        LayerUnits twoShort = layer(new Entity(0, 5, "ORGANIZATION"), new Entity(6, 11, "ORGANIZATION"));
        PairTally tally = new PairTally();
        DocumentComparison.add(tally, 17, WORDS, longOne, twoShort);

        PairTally.LabelCounts organization = tally.label("ORGANIZATION");
        assertThat(organization.exact).isZero();
        assertThat(organization.overlap).isOne();
        assertThat(PairTally.f1(organization.overlap, organization.a, organization.b)).isEqualTo(2.0 / 3);
    }

    @Test
    void bio_tags_the_longest_of_overlapping_entities_and_drops_the_others() {
        String[] tags = DocumentComparison.bio(WORDS, List.of(new Entity(6, 11, "GPE"), new Entity(0, 11, "ORGANIZATION"),
                new Entity(12, 17, "DATE")));

        assertThat(tags).containsExactly("B-ORGANIZATION", "I-ORGANIZATION", "B-DATE");
    }

    @Test
    void a_label_one_analyst_never_uses_disagrees_on_every_character_it_covers() {
        LayerUnits a = layer(new Entity(0, 5, "GPE"));
        LayerUnits b = layer(new Entity(0, 5, "LOCATION"));
        PairTally tally = new PairTally();
        DocumentComparison.add(tally, 17, WORDS, a, b);

        // n = 34 values, D = 5 characters differ, n₁ = 5 marked, n₀ = 29: α = 1 − 33·5 / (5·29).
        assertThat(tally.alpha(tally.label("GPE"))).isEqualTo(1 - 33.0 * 5 / (5 * 29));
        assertThat(tally.characterDisagreements).isEqualTo(5);
        assertThat(tally.kappa()).isLessThan(1.0);
    }

    private static LayerUnits layer(Entity... entities) {
        return new LayerUnits(List.of(entities), Set.of(), Set.of());
    }
}
