package org.goldset.suggestion;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.goldset.base.GoldsetProperties;
import org.goldset.corpus.CorpusImported;
import org.goldset.nlp.CoreNlpAnalyzer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The web app's background suggestion job: one at a time, started after an import and on demand,
 * off the UI thread (the CoreNLP models load inside the job, so the app stays usable meanwhile).
 * Views poll {@link #status()}.
 */
@Service
public class SuggestionJobs {

    private static final Logger log = LoggerFactory.getLogger(SuggestionJobs.class);

    private final SuggestionRunner runner;
    private final CoreNlpAnalyzer analyzer;
    private final boolean afterImport;
    private final TaskExecutor executor;
    private final EngineProblems problems;
    private final AtomicReference<JobStatus> status = new AtomicReference<>(JobStatus.idle());

    /** Spring Boot's application task executor runs the job and ends its thread when the app stops. */
    SuggestionJobs(SuggestionRunner runner, CoreNlpAnalyzer analyzer, GoldsetProperties properties,
                   @Qualifier("applicationTaskExecutor") TaskExecutor executor, EngineProblems problems) {
        this.problems = problems;
        this.runner = runner;
        this.executor = executor;
        this.analyzer = analyzer;
        this.afterImport = properties.suggestion().afterImport();
    }

    @EventListener
    void onImport(CorpusImported imported) {
        if (afterImport) {
            start();
        }
    }

    /**
     * Starts a run unless one is going; returns whether this call started it. A curator's step from
     * the screens; after an import the job starts itself (a call within the bean, so unchecked).
     */
    @PreAuthorize("hasRole('CURATOR')")
    public boolean start() {
        JobStatus current = status.get();
        if (current.running() || !status.compareAndSet(current, JobStatus.starting())) {
            return false;
        }
        executor.execute(this::run);
        return true;
    }

    /** An engine's outage, said while the run goes on (". engine 'x' gave nothing for …"). */
    private String withProblems() {
        List<String> lines = problems.describe();
        return lines.isEmpty() ? "" : ". " + String.join("; ", lines);
    }

    public JobStatus status() {
        JobStatus current = status.get();
        if (current.running() && current.progress() == null && !analyzer.isLoaded()) {
            return current.withMessage("Loading the language models…");
        }
        return current;
    }

    private void run() {
        try {
            SuggestionRunner.RunReport report = runner.suggestAll(progress ->
                    status.set(new JobStatus(!progress.finished(), progress, progress.describe() + withProblems())));
            status.set(new JobStatus(false, report.progress(), String.format(java.util.Locale.ENGLISH,
                    "%d new suggestion(s) in %d document(s), %d s%s", report.changes().added(),
                    report.progress().done(), report.progress().elapsed().toSeconds(),
                    report.failures().isEmpty() ? "" : ", " + report.failures().size() + " failed (see log)")
                    + (report.engineProblems().isEmpty() ? "" : ". " + String.join("; ", report.engineProblems()))
                    + (report.noLongerSuggested().isEmpty() ? "" : ". " + String.join("; ", report.noLongerSuggested()))));
            log.info("Suggestion job finished: {}", report.summary());
        } catch (RuntimeException e) {
            log.error("Suggestion job failed", e);
            status.set(new JobStatus(false, null, "Suggestions failed: " + e.getMessage()));
        }
    }

    /** What the job is doing; {@code progress} is null until the first document is done. */
    public record JobStatus(boolean running, SuggestionProgress progress, String message) {

        static JobStatus idle() {
            return new JobStatus(false, null, "");
        }

        static JobStatus starting() {
            return new JobStatus(true, null, "Starting suggestions…");
        }

        JobStatus withMessage(String text) {
            return new JobStatus(running, progress, text);
        }

        public double fractionDone() {
            return progress == null || progress.total() == 0 ? 0 : (double) progress.done() / progress.total();
        }

        public Duration elapsed() {
            return progress == null ? Duration.ZERO : progress.elapsed();
        }
    }
}
