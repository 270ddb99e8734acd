package org.goldset.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import org.goldset.suggestion.SuggestionRunner;
import org.goldset.suggestion.engine.EngineRegistry;
import org.goldset.suggestion.engine.SuggestionEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Runs the suggestion engines over the whole corpus, printing progress as it goes. */
// A command object holds one run's options: a fresh one per run, never a shared singleton.
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(name = "suggest", mixinStandardHelpOptions = true,
        description = "Pre-fill entity suggestions with the enabled engines (CoreNLP, gazetteer, patterns, "
                + "and what analysts accepted). Re-running never changes an analyst's decisions; it adds new "
                + "pending suggestions and removes stale ones.")
class SuggestCommand implements Callable<Integer> {

    @Mixin
    DatabaseOption database;

    @Option(names = "--threads", paramLabel = "N",
            description = "Documents analysed in parallel (default: one per core, or two per CoreNLP server).")
    Integer threads;

    @Option(names = "--corenlp-servers", paramLabel = "URL,...", split = ",",
            description = "Run CoreNLP on these Stanford CoreNLP servers (StanfordCoreNLPServer) instead of "
                    + "in this process, e.g. http://nlp1:9000,http://nlp2:9000.")
    List<String> corenlpServers;

    @Option(names = "--corenlp-timeout", paramLabel = "SECONDS",
            description = "How long one article may take on a server before it goes to the next (default: 120).")
    Integer corenlpTimeout;

    private final ObjectProvider<SuggestionRunner> runner;
    private final ObjectProvider<EngineRegistry> engines;
    private final PrintStream out = System.out;
    private final PrintStream err = System.err;

    // A provider, not the service: picocli builds every subcommand whichever one runs, and `export`
    // runs in a context without the others' services (ExportContext).
    SuggestCommand(ObjectProvider<SuggestionRunner> runner, ObjectProvider<EngineRegistry> engines) {
        this.runner = runner;
        this.engines = engines;
    }

    @Override
    public Integer call() {
        EngineRegistry engines = this.engines.getObject();
        out.println("Engines: " + String.join(", ", engines.enabledEngines().stream()
                .map(engine -> engine.id() + " " + engine.version()).toList()));
        if (engines.enabledEngines().stream().anyMatch(SuggestionEngine::needsLinguisticAnalysis)) {
            err.println(corenlpServers == null ? "Loading CoreNLP models (about 10 s)..."
                    : "Analysing on CoreNLP servers " + String.join(", ", corenlpServers));
        }
        SuggestionRunner.RunReport report = runner.getObject().suggestAll(progress -> {
            if (!progress.finished()) {
                err.println("[" + progress.describe() + "]");
            }
        });
        report.failures().forEach(failure -> err.println("failed: " + failure));
        out.println(report.summary());
        return report.failures().isEmpty() ? 0 : 1;
    }
}
