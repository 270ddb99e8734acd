package org.goldset.annotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.goldset.TestDatabase;
import org.goldset.corpus.Document;
import org.goldset.corpus.DocumentService;
import org.goldset.text.Span;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The evidence about triggers, read from stored decisions (the same unit rules as for entities). */
@SpringBootTest
class TriggerMemoryTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @Autowired
    EntityService annotations;
    @Autowired
    DocumentService documents;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void accepted_trigger_words_count_per_type_in_lower_case_and_rejections_per_pair() {
        String word = "Shelled" + System.nanoTime() % 100000;
        List<EventDraft> events = new ArrayList<>();
        Document document = documents.addDocument(new Document("tm-" + System.nanoTime(), "T",
                "🚀 " + word + " twice, " + word.toLowerCase() + " again, Propping up once.", "tm", Instant.now()));
        String text = document.getText();
        int first = text.codePointCount(0, text.indexOf(word));
        int second = text.codePointCount(0, text.indexOf(word.toLowerCase()));
        int phrase = text.codePointCount(0, text.indexOf("Propping up"));
        events.add(draft("ATTACK", first, word.length(), AnnotationStatus.ACCEPTED));
        events.add(draft("ATTACK", second, word.length(), AnnotationStatus.ACCEPTED));
        events.add(draft("SUPPORT", phrase, "Propping up".length(), AnnotationStatus.ACCEPTED));
        events.add(draft("KILL", second, word.length(), AnnotationStatus.REJECTED));
        annotations.storeAnnotations(document.getId(), List.of(), events, "ana");

        TriggerMemory.Snapshot memory = new TriggerMemory(jdbc).current();

        String key = word.toLowerCase();
        assertThat(memory.acceptedTypes()).containsEntry(key, Map.of("ATTACK", 2))
                .containsEntry("propping up", Map.of("SUPPORT", 1));
        assertThat(memory.rejections()).containsEntry(new DecisionMemory.TextLabel(key, "KILL"), 1);
        assertThat(memory.isSuppressed(word, "KILL")).isFalse(); // one rejection is about that mention only
    }

    private static EventDraft draft(String type, int start, int length, AnnotationStatus status) {
        return new EventDraft(null, type, new Span(start, start + length), new ReviewState(status, "ana", Instant.now()),
                Origin.manual(), Map.of(), List.of());
    }
}
