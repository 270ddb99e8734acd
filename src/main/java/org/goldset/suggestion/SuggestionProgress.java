package org.goldset.suggestion;

import java.time.Duration;
import java.util.Locale;

/** A snapshot of a running suggestion job: documents done of total, throughput and time left. */
public record SuggestionProgress(int done, int total, long tokens, Duration elapsed, int failed, boolean finished) {

    public double documentsPerSecond() {
        double seconds = elapsed.toMillis() / 1000.0;
        return seconds <= 0 ? 0 : done / seconds;
    }

    public double tokensPerSecond() {
        double seconds = elapsed.toMillis() / 1000.0;
        return seconds <= 0 ? 0 : tokens / seconds;
    }

    public Duration estimatedTimeLeft() {
        double rate = documentsPerSecond();
        return rate <= 0 ? Duration.ZERO : Duration.ofMillis((long) ((total - done) / rate * 1000));
    }

    public String describe() {
        return String.format(Locale.ENGLISH, "%d/%d documents, %.2f docs/s, %.0f tokens/s, ETA %ds%s",
                done, total, documentsPerSecond(), tokensPerSecond(), estimatedTimeLeft().toSeconds(),
                failed > 0 ? ", " + failed + " failed" : "");
    }
}
