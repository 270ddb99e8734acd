package org.goldset.suggestion;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import org.goldset.TestDatabase;
import org.goldset.annotation.SuggestionResult;
import org.goldset.corpus.DocumentService;
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
 * are loaded, in alternating rounds. Goldset adds its engines, merging and the database writes on top of the analysis; the
 * goal is at least 0.9 of the bare rate. Not part of the test suite:
 * {@code ./mvnw test -Dgroups=benchmark -DexcludedGroups= -Dtest=SuggestionThroughputBenchmark};
 * results go to stdout and target/benchmarks/suggestion-throughput.md.
 */
@Tag("benchmark")
@SpringBootTest(properties = "goldset.suggestion.threads=2")
class SuggestionThroughputBenchmark {

    static final int COPIES = 16;
    static final int THREADS = 2;
    static final int ROUNDS = 4;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @Autowired
    CorpusImporter importer;
    @Autowired
    SuggestionRunner runner;
    @Autowired
    DocumentService documents;

    @TempDir
    Path folder;

    @Test
    void measure() throws Exception {
        List<Article> articles = corpus();
        List<String> texts = articles.stream().map(Article::text).toList();
        // The very pipeline Goldset analyses with (same annotators, settings and models in memory), called
        // bare: without Goldset's engines, merging and database writes.
        StanfordCoreNLP bare = CoreNlpAnalyzer.inProcessPipeline(true);
        // Warm-up, uncounted: on two cores the JIT compiler's threads take a good share of the first
        // minutes, and whichever side ran first paid for it.
        annotateAll(bare, texts);
        // Then rounds of a batch each, the side that goes first alternating, so that drift (the JIT,
        // the heap filling) falls on both sides alike.
        double bareSeconds = 0;
        double goldsetSeconds = 0;
        SuggestionResult stored = new SuggestionResult(0, 0, 0);
        List<String> rounds = new ArrayList<>();
        int batch = articles.size() / ROUNDS;
        for (int round = 0; round < ROUNDS; round++) {
            List<Article> part = articles.subList(round * batch, (round + 1) * batch);
            double bareRound = 0;
            double goldsetRound = 0;
            for (int side = 0; side < 2; side++) {
                System.gc(); // each side starts from an empty young generation
                if ((side + round) % 2 == 0) {
                    bareRound = annotateAll(bare, part.stream().map(Article::text).toList());
                } else {
                    long started = System.nanoTime();
                    SuggestionRunner.RunReport report = runner.suggest(part.stream().map(Article::id).toList(), progress -> { });
                    goldsetRound = (System.nanoTime() - started) / 1e9;
                    stored = stored.plus(report.changes());
                }
            }
            bareSeconds += bareRound;
            goldsetSeconds += goldsetRound;
            rounds.add(String.format(Locale.ENGLISH, "round %d (%s first): bare %.1f s, Goldset %.1f s, %.2f×",
                    round + 1, round % 2 == 0 ? "bare" : "Goldset", bareRound, goldsetRound, bareRound / goldsetRound));
        }
        double bareRate = articles.size() / bareSeconds;
        double goldsetRate = articles.size() / goldsetSeconds;

        List<String> lines = new ArrayList<>(List.of(
                String.format(Locale.ENGLISH, "| bare StanfordCoreNLP (Goldset's own pipeline object), %d threads | %.2f documents/s |",
                        THREADS, bareRate),
                String.format(Locale.ENGLISH, "| goldset suggest (every engine, stored), %d threads | %.2f documents/s |",
                        THREADS, goldsetRate),
                String.format(Locale.ENGLISH, "| ratio | **%.2f×** |", goldsetRate / bareRate),
                "", articles.size() + " articles in " + ROUNDS + " rounds; " + stored.added() + " suggestions stored"));
        rounds.forEach(round -> lines.add("- " + round));
        Path out = Path.of("target/benchmarks/suggestion-throughput.md");
        Files.createDirectories(out.getParent());
        Files.write(out, lines);
        lines.forEach(System.out::println);
    }

    private record Article(long id, String text) {
    }

    /** The seeds, each {@value #COPIES} times, made distinct by a first line (as docs/eval/throughput-corpus.py). */
    private List<Article> corpus() throws IOException {
        List<Path> seeds;
        try (Stream<Path> files = Files.list(TestDatabase.seeds())) {
            seeds = files.filter(file -> file.toString().endsWith(".txt")).sorted().toList();
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (int copy = 0; copy < COPIES; copy++) {
            for (Path seed : seeds) {
                String name = "copy-" + copy + "-" + seed.getFileName();
                String text = "Copy " + copy + " of " + seed.getFileName() + "\n\n" + Files.readString(seed);
                texts.put(name.substring(0, name.length() - ".txt".length()), text);
                Files.writeString(folder.resolve(name), text);
            }
        }
        importer.importPaths(List.of(folder), CorpusImporter.ImportProgress.NONE);
        return texts.entrySet().stream().map(entry -> new Article(
                documents.findByExternalId(entry.getKey()).orElseThrow().getId(), entry.getValue())).toList();
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
