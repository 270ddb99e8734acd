package org.goldset.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextOffsetsTest {

    // "👍" and "🇮🇷" are outside the BMP (2 chars per code point); "é" here is e + a combining accent.
    private static final String TEXT = "Iran 🇮🇷 said 👍 to Cafe\u0301 talks";

    @Test
    void a_text_without_supplementary_characters_counts_the_same_in_both_units() {
        TextOffsets offsets = new TextOffsets("Soleimani was killed");
        assertThat(offsets.codePointLength()).isEqualTo(20);
        assertThat(offsets.toUtf16(10)).isEqualTo(10);
        assertThat(offsets.toCodePoints(10)).isEqualTo(10);
        assertThat(offsets.slice(0, 9)).isEqualTo("Soleimani");
    }

    @Test
    void emoji_count_as_one_code_point_but_two_utf16_units() {
        TextOffsets offsets = new TextOffsets(TEXT);
        int said = TEXT.indexOf("said");
        assertThat(said).isEqualTo(10); // "Iran " + flag (4 chars) + " "
        assertThat(offsets.toCodePoints(said)).isEqualTo(8); // flag is 2 code points (regional indicators)
        assertThat(offsets.toUtf16(8)).isEqualTo(said);
        assertThat(offsets.slice(8, 12)).isEqualTo("said");
        assertThat(offsets.codePointLength()).isEqualTo(TEXT.codePointCount(0, TEXT.length()));
    }

    @Test
    void combining_marks_are_code_points_of_their_own_as_python_counts_them() {
        TextOffsets offsets = new TextOffsets(TEXT);
        int cafe = offsets.toCodePoints(TEXT.indexOf("Cafe"));
        assertThat(offsets.slice(cafe, cafe + 5)).isEqualTo("Cafe\u0301");
        assertThat(offsets.slice(cafe + 6, cafe + 11)).isEqualTo("talks");
    }

    @Test
    void conversions_round_trip_for_every_code_point_boundary() {
        TextOffsets offsets = new TextOffsets(TEXT);
        for (int cp = 0; cp <= offsets.codePointLength(); cp++) {
            assertThat(offsets.toCodePoints(offsets.toUtf16(cp))).isEqualTo(cp);
        }
    }

    @Test
    void an_index_inside_a_surrogate_pair_maps_to_the_code_point_containing_it() {
        TextOffsets offsets = new TextOffsets("a👍b");
        assertThat(offsets.toCodePoints(1)).isEqualTo(1);
        assertThat(offsets.toCodePoints(2)).isEqualTo(1);
        assertThat(offsets.toCodePoints(3)).isEqualTo(2);
    }

    @Test
    void offsets_outside_the_text_are_refused() {
        TextOffsets offsets = new TextOffsets("a👍b");
        assertThatThrownBy(() -> offsets.toUtf16(4)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> offsets.toCodePoints(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(offsets.isValidSpan(0, 3)).isTrue();
        assertThat(offsets.isValidSpan(2, 2)).isFalse();
        assertThat(offsets.isValidSpan(1, 4)).isFalse();
    }
}
