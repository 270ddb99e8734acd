package org.goldset.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.goldset.agreement.Agreement;
import org.goldset.agreement.AgreementReport;
import org.goldset.base.Json;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Prints (or writes) how far the analysts agree: every pair, and all pairs pooled (decision 018). */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(name = "agreement", mixinStandardHelpOptions = true,
        description = "Agreement between the analysts' layers, for every pair over the documents both finished "
                + "(or both have a layer of) and pooled over all pairs: entity F1 (exact and overlapping spans, per "
                + "label), Krippendorff's alpha over characters, Cohen's kappa over BIO tags of words, event trigger "
                + "F1 and argument F1 (with positions and incomplete positions). Offsets count code points.")
class AgreementCommand implements Callable<Integer> {

    enum Scope { all, done }

    enum Format { table, json }

    @Mixin
    DatabaseOption database;

    @Option(names = "--documents", defaultValue = "done", paramLabel = "all|done",
            description = "done (default): documents both analysts of a pair finished; all: both have a layer of.")
    Scope documents;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|json",
            description = "table (default) for people, json for programs (a stable interface).")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to this file instead of standard output.")
    Path out;

    private final ObjectProvider<Agreement> agreement;

    AgreementCommand(ObjectProvider<Agreement> agreement) {
        this.agreement = agreement;
    }

    @Override
    public Integer call() throws IOException {
        AgreementReport report = agreement.getObject().compute(documents == Scope.all ? Agreement.Documents.ALL
                : Agreement.Documents.DONE);
        String text = format == Format.json
                ? Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(report.toJson()) + "\n"
                : report.toTable();
        if (out == null) {
            System.out.print(text);
        } else {
            Files.writeString(out, text, StandardCharsets.UTF_8);
            System.err.println("Agreement of " + report.pairCount() + " pair(s) written to " + out.toAbsolutePath());
        }
        if (report.pairCount() == 0) {
            System.err.println("No document has two analysts' layers" + (documents == Scope.done ? " finished" : "")
                    + " yet: nothing to compare.");
        }
        return 0;
    }
}
