package org.goldset.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The lock grows with each wrong password after the fifth, per name and per address. */
class LoginThrottleTest {

    private Instant now = Instant.parse("2026-11-30T10:00:00Z");
    private final LoginThrottle throttle = new LoginThrottle(new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    @Test
    void the_fifth_wrong_password_locks_the_name_for_30_s_and_each_further_one_twice_as_long() {
        for (int attempt = 1; attempt <= 4; attempt++) {
            throttle.failed("Bo", "10.0.0.1");
            assertThat(throttle.wait("bo", "10.0.0.2")).as("attempt " + attempt).isZero();
        }
        throttle.failed("bo", "10.0.0.1");
        assertThat(throttle.wait("BO", "10.0.0.2")).isEqualTo(Duration.ofSeconds(30));
        assertThat(throttle.wait("cy", "10.0.0.2")).isZero();

        now = now.plusSeconds(30);
        assertThat(throttle.wait("bo", "10.0.0.2")).isZero();
        throttle.failed("bo", "10.0.0.1");
        assertThat(throttle.wait("bo", "10.0.0.2")).isEqualTo(Duration.ofSeconds(60));

        for (int attempt = 0; attempt < 30; attempt++) {
            now = now.plus(LoginThrottle.LONGEST_LOCK);
            throttle.failed("bo", "10.0.0.1");
        }
        assertThat(throttle.wait("bo", "10.0.0.2")).isEqualTo(LoginThrottle.LONGEST_LOCK);

        // A right password clears the name.
        now = now.plus(LoginThrottle.LONGEST_LOCK);
        throttle.succeeded("bo");
        throttle.failed("bo", "10.0.0.3");
        assertThat(throttle.wait("bo", "10.0.0.4")).isZero();
    }

    @Test
    void twenty_wrong_passwords_from_one_address_lock_the_address_whatever_the_names() {
        for (int attempt = 1; attempt < 20; attempt++) {
            throttle.failed("name" + attempt, "10.0.0.9");
        }
        assertThat(throttle.wait("someone", "10.0.0.9")).isZero();
        throttle.failed("name20", "10.0.0.9");
        assertThat(throttle.wait("someone", "10.0.0.9")).isEqualTo(Duration.ofSeconds(30));
        assertThat(throttle.wait("someone", "10.0.0.10")).isZero();
    }
}
