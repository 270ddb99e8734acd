package org.goldset.suggestion.engine.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.goldset.nlp.CoreNlpAnalyzer;
import org.goldset.nlp.DocumentAnalysis;
import org.junit.jupiter.api.Test;

/** Dates as the guidelines mark them, from real CoreNLP mentions: anchored spans of time and touching times. */
class TimeMentionsTest {

    @Test
    void anchored_spans_of_time_and_touching_times_are_dates_while_durations_stay_out() {
        String text = "🛰️ The army withdrew later that year. Prices rose over the past two weeks.\n"
                + "Talks ended late on Friday night. He served for 20 years. Envoys met earlier this month.";
        DocumentAnalysis analysis = new CoreNlpAnalyzer().analyze(1, text, java.time.LocalDate.of(2024, 5, 2), false);
        List<String> dates = new CoreNlpEntityEngine().suggest(analysis).stream()
                .filter(suggestion -> suggestion.label().equals("DATE"))
                .map(suggestion -> analysis.text().slice(suggestion.span().start(), suggestion.span().end())).toList();
        assertThat(dates).containsExactly("later that year", "past two weeks", "late on Friday night",
                "earlier this month");
    }
}
