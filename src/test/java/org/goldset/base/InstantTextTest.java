package org.goldset.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast reading of stored timestamps agrees with {@link Instant#parse} everywhere. */
class InstantTextTest {

    @Test
    void what_instant_wrote_reads_back_the_same_at_every_precision() {
        Random random = new Random(12);
        for (int i = 0; i < 20_000; i++) {
            long seconds = random.nextLong(-62_000_000_000L, 253_000_000_000L);
            int nanos = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1000;
                default -> random.nextInt(1_000_000_000);
            };
            Instant instant = Instant.ofEpochSecond(seconds, nanos);
            assertThat(InstantText.parse(instant.toString())).isEqualTo(instant);
        }
        assertThat(InstantText.parse("2020-01-07T10:15:30.5Z")).isEqualTo(Instant.parse("2020-01-07T10:15:30.500Z"));
        assertThat(InstantText.parse("2024-02-29T23:59:59Z")).isEqualTo(Instant.parse("2024-02-29T23:59:59Z"));
        assertThat(InstantText.parse(null)).isNull();
    }

    @Test
    void other_iso_forms_go_through_instant_parse_and_nonsense_is_refused_as_there() {
        assertThat(InstantText.parse("2020-01-07T10:15:30.Z")).isEqualTo(Instant.parse("2020-01-07T10:15:30Z"));
        assertThat(InstantText.parse("2020-01-07T10:15:30+02:00")).isEqualTo(Instant.parse("2020-01-07T08:15:30Z"));
        for (String bad : new String[] {"2020-01-07T24:15:30Z", "2020-13-07T10:15:30Z", "2021-02-29T10:15:30Z",
                "2020-01-07 10:15:30Z", "2020-01-07T10:15:3xZ", "2020-01-07T10:15:30.1234567890Z", "yesterday"}) {
            assertThatThrownBy(() -> InstantText.parse(bad)).as(bad).isInstanceOf(DateTimeParseException.class);
        }
    }
}
