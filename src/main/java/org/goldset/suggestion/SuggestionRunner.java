package org.goldset.suggestion;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.goldset.annotation.SuggestionResult;
import org.goldset.base.GoldsetProperties;
import org.goldset.corpus.DocumentService;
import org.goldset.corpus.DocumentStatus;
import org.goldset.nlp.CoreNlpAnalyzer;
import org.goldset.suggestion.engine.EngineRegistry;
import org.goldset.suggestion.engine.SuggestionEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Runs the suggestion engines over the whole corpus on all cores (CoreNLP is the slow part and is
 * safe to share between threads; SQLite serialises the short write transactions). A document that
 * fails is reported and skipped; the others go on.
 */
@Service
public class SuggestionRunner {

    private static final Logger log = LoggerFactory.getLogger(SuggestionRunner.class);
    private static final int PAGE = 500;
    /** Documents handed to the engines' {@code prepare} at once: a few batches of an HTTP engine. */
    private static final int STRETCH = 64;

    private final SuggestionService suggestions;
    private final DocumentService documents;
    private final EngineRegistry engines;
    private final CoreNlpAnalyzer analyzer;
    private final int threads;
    private final EngineProblems problems;

    SuggestionRunner(SuggestionService suggestions, DocumentService documents, EngineRegistry engines,
                     CoreNlpAnalyzer analyzer, GoldsetProperties properties, EngineProblems problems) {
        this.problems = problems;
        int threads = properties.suggestion().threads();
        this.suggestions = suggestions;
        this.documents = documents;
        this.engines = engines;
        this.analyzer = analyzer;
        this.threads = threads > 0 ? threads : analyzer.parallelism();
    }

    public RunReport suggestAll(Consumer<SuggestionProgress> progress) {
        return suggest(allDocumentIds(), progress);
    }

    /** The same for the given documents only. */
    public RunReport suggest(List<Long> ids, Consumer<SuggestionProgress> progress) {
        if (!ids.isEmpty() && engines.enabledEngines().stream().anyMatch(SuggestionEngine::needsLinguisticAnalysis)) {
            analyzer.warmUp(suggestions.suggestsEvents()); // load the models first, so that rates and time left measure the work
        }
        problems.clear();
        long started = System.nanoTime();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicLong tokens = new AtomicLong();
        List<String> failures = new ArrayList<>();
        SuggestionResult total = new SuggestionResult(0, 0, 0);
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "goldset-suggest");
            thread.setDaemon(true);
            return thread;
        });
        java.util.function.Function<Long, SuggestionResult> one = id -> {
            try {
                SuggestionService.DocumentSuggestions computed = suggestions.computeSuggestions(id);
                tokens.addAndGet(computed.tokens());
                return suggestions.store(computed);
            } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
                // One document's failure is that document's: it is named, and the others go on.
                failed.incrementAndGet();
                log.warn("Suggestions failed for document {}", id, e);
                synchronized (failures) {
                    failures.add("document " + id + ": " + why(e));
                }
                return new SuggestionResult(0, 0, 0);
            } finally {
                int finished = done.incrementAndGet();
                progress.accept(new SuggestionProgress(finished, ids.size(), tokens.get(),
                        Duration.ofNanos(System.nanoTime() - started), failed.get(), false));
            }
        };
        try {
            // A stretch at a time, so that engines that batch (over HTTP) can fetch it ahead together.
            for (int from = 0; from < ids.size(); from += STRETCH) {
                List<Long> stretch = ids.subList(from, Math.min(ids.size(), from + STRETCH));
                suggestions.prepare(stretch);
                List<Future<SuggestionResult>> futures = new ArrayList<>();
                for (Long id : stretch) {
                    futures.add(pool.submit(() -> one.apply(id)));
                }
                for (Future<SuggestionResult> future : futures) {
                    total = total.plus(future.get());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the suggestion run was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the suggestion run failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        SuggestionProgress last = new SuggestionProgress(done.get(), ids.size(), tokens.get(),
                Duration.ofNanos(System.nanoTime() - started), failed.get(), true);
        progress.accept(last);
        return new RunReport(total, last, List.copyOf(failures), suggestions.suppressions().stream()
                .map(org.goldset.annotation.DecisionMemory.Suppression::describe).toList(), problems.describe());
    }

    private static String why(Throwable failure) {
        if (failure instanceof OutOfMemoryError) {
            return "ran out of memory analysing it (a very long article? give Java more with -Xmx)";
        }
        if (failure instanceof StackOverflowError) {
            return "the analysis went too deep (a sentence too long to parse)";
        }
        return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    }

    private List<Long> allDocumentIds() {
        List<Long> ids = new ArrayList<>();
        List<Long> page;
        long after = 0;
        while (!(page = documents.findDocumentIdsAfter(after, List.of(DocumentStatus.values()), PAGE)).isEmpty()) {
            ids.addAll(page);
            after = page.getLast();
        }
        return ids;
    }

    /** The outcome of a corpus-wide run. */
    public record RunReport(SuggestionResult changes, SuggestionProgress progress, List<String> failures,
                            List<String> noLongerSuggested, List<String> engineProblems) {

        public String summary() {
            return changes.added() + " suggestion(s) added, " + changes.removedAsStale() + " stale removed, "
                    + changes.kept() + " kept; " + progress.describe()
                    + engineProblems.stream().map(line -> "\n" + line).collect(java.util.stream.Collectors.joining())
                    + noLongerSuggested.stream().map(line -> "\n" + line).collect(java.util.stream.Collectors.joining());
        }
    }
}
