package org.goldset.user;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: the fifth wrong password in a row for one name (the twentieth from
 * one address) locks that name (or address) for half a minute, and each further wrong one for
 * twice as long as the last, up to a quarter of an hour. While locked, no password is even checked. A right password clears the name's
 * count, not the address's, so one good login does not reset a guesser sharing the address.
 *
 * <p>Kept in memory: a restart forgets it, which costs a guesser a restart per few guesses.
 */
final class LoginThrottle {

    static final int FREE_TRIES_PER_NAME = 5;
    static final int FREE_TRIES_PER_ADDRESS = 20;
    static final Duration FIRST_LOCK = Duration.ofSeconds(30);
    static final Duration LONGEST_LOCK = Duration.ofMinutes(15);
    /** Beyond this many tracked keys, those no longer locked are forgotten. */
    private static final int TRACKED_KEYS = 10_000;

    private record Failures(int count, Instant lockedUntil) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long this name or address must still wait; zero when a login may be tried. */
    Duration wait(String name, String address) {
        Instant now = clock.instant();
        Duration byName = remaining(nameKey(name), now);
        Duration byAddress = remaining(addressKey(address), now);
        return byName.compareTo(byAddress) >= 0 ? byName : byAddress;
    }

    void failed(String name, String address) {
        Instant now = clock.instant();
        if (failures.size() > TRACKED_KEYS) {
            failures.values().removeIf(entry -> !entry.lockedUntil().isAfter(now) && entry.count() < FREE_TRIES_PER_NAME);
        }
        count(nameKey(name), FREE_TRIES_PER_NAME, now);
        count(addressKey(address), FREE_TRIES_PER_ADDRESS, now);
    }

    void succeeded(String name) {
        failures.remove(nameKey(name));
    }

    private void count(String key, int freeTries, Instant now) {
        failures.merge(key, new Failures(1, lockAfter(1, freeTries, now)),
                (old, first) -> new Failures(old.count() + 1, lockAfter(old.count() + 1, freeTries, now)));
    }

    private static Instant lockAfter(int count, int freeTries, Instant now) {
        if (count < freeTries) {
            return now;
        }
        int doublings = Math.min(count - freeTries, 10);
        Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
        return now.plus(lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock);
    }

    private Duration remaining(String key, Instant now) {
        Failures entry = failures.get(key);
        if (entry == null || !entry.lockedUntil().isAfter(now)) {
            return Duration.ZERO;
        }
        return Duration.between(now, entry.lockedUntil());
    }

    private static String nameKey(String name) {
        return "name:" + (name == null ? "" : name.toLowerCase(java.util.Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + (address == null ? "" : address);
    }
}
