package org.goldset.suggestion;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import org.goldset.TestDatabase;
import org.goldset.importing.CorpusImporter;
import org.goldset.nlp.CoreNlpAnalyzer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Goldset's {@code suggest} rate against a bare Stanford CoreNLP pipeline with the same annotators
 * and settings over the same articles, both on two threads, measured in one run after the models
 * are loaded. Goldset adds its engines, merging and the database writes on top of the analysis; the
 * goal is at least 0.9 of the bare rate. Not part of the test suite:
 * {@code ./mvnw test -Dgroups=benchmark -DexcludedGroups= -Dtest=SuggestionThroughputBenchmark};
 * results go to stdout and target/benchmarks/suggestion-throughput.md.
 */
@Tag("benchmark")
@SpringBootTest(properties = "goldset.suggestion.threads=2")
class SuggestionThroughputBenchmark {

    static final int COPIES = 8;
    static final int THREADS = 2;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @Autowired
    CorpusImporter importer;
    @Autowired
    SuggestionRunner runner;

    @TempDir
    Path folder;

    @Test
    void measure() throws Exception {
        List<String> texts = corpus();
        StanfordCoreNLP bare = new StanfordCoreNLP(CoreNlpAnalyzer.pipelineProperties(true));
        annotateAll(bare, texts.subList(0, 2)); // warm-up, as Goldset's runner loads before its clock
        double bareBefore = texts.size() / annotateAll(bare, texts);
        SuggestionRunner.RunReport report = runner.suggestAll(progress -> { });
        double goldsetRate = report.progress().documentsPerSecond();
        // Measured again after Goldset's run, so neither side gains from running later (a warmer JIT):
        // the better of the two bare rates is the baseline.
        double bareAfter = texts.size() / annotateAll(bare, texts);
        double bareRate = Math.max(bareBefore, bareAfter);

        List<String> lines = List.of(
                String.format(Locale.ENGLISH, "| bare StanfordCoreNLP (same annotators), %d threads,"
                        + " best of a run before and after | %.2f documents/s (%.2f, %.2f) |",
                        THREADS, bareRate, bareBefore, bareAfter),
                String.format(Locale.ENGLISH, "| goldset suggest (every engine, stored), %d threads | %.2f documents/s |",
                        THREADS, goldsetRate),
                String.format(Locale.ENGLISH, "| ratio | **%.2f×** |", goldsetRate / bareRate),
                "", texts.size() + " articles, " + report.progress().tokens() + " tokens; " + report.summary());
        Path out = Path.of("target/benchmarks/suggestion-throughput.md");
        Files.createDirectories(out.getParent());
        Files.write(out, lines);
        lines.forEach(System.out::println);
    }

    /** The seeds, each {@value #COPIES} times, made distinct by a first line (as docs/eval/throughput-corpus.py). */
    private List<String> corpus() throws IOException {
        List<Path> seeds;
        try (Stream<Path> files = Files.list(TestDatabase.seeds())) {
            seeds = files.filter(file -> file.toString().endsWith(".txt")).sorted().toList();
        }
        List<String> texts = new ArrayList<>();
        for (int copy = 0; copy < COPIES; copy++) {
            for (Path seed : seeds) {
                String text = "Copy " + copy + " of " + seed.getFileName() + "\n\n" + Files.readString(seed);
                texts.add(text);
                Files.writeString(folder.resolve("copy-" + copy + "-" + seed.getFileName()), text);
            }
        }
        importer.importPaths(List.of(folder), CorpusImporter.ImportProgress.NONE);
        return texts;
    }

    /** Seconds to annotate every text on {@value #THREADS} threads. */
    private static double annotateAll(StanfordCoreNLP pipeline, List<String> texts) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        long started = System.nanoTime();
        try {
            List<Future<?>> work = new ArrayList<>();
            for (String text : texts) {
                work.add(pool.submit(() -> pipeline.annotate(new CoreDocument(text))));
            }
            for (Future<?> done : work) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }
        return (System.nanoTime() - started) / 1e9;
    }
}
