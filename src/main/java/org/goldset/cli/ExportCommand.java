package org.goldset.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.goldset.export.ExportOptions;
import org.goldset.export.ExportReport;
import org.goldset.export.ExportTarget;
import org.goldset.export.GoldExporter;
import org.goldset.format.FormatRegistry;
import org.goldset.format.GoldFormat;
import org.goldset.format.jsonl.JsonlFormat;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** Exports the gold in a format; the file appears only when complete (see GoldExporter#exportToFile). */
// A command object holds one run's options: a fresh one per run, never a shared singleton.
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export the corpus as a gold dataset in one of several formats. By default only DONE "
                + "documents and ACCEPTED annotations; offsets count Unicode code points. What a format cannot "
                + "express is listed on standard error.")
class ExportCommand implements Callable<Integer> {

    @Mixin
    DatabaseOption database;

    @Option(names = "--format", defaultValue = "jsonl", paramLabel = "NAME", converter = FormatConverter.class,
            completionCandidates = FormatNames.class, description = "Output format: ${COMPLETION-CANDIDATES}"
            + " (default: ${DEFAULT-VALUE}). brat is a zip; see the README's table of formats.")
    GoldFormat format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "File to write (it appears only "
            + "when complete), or - for standard output. Never the database, a folder, a device or a symbolic link.")
    Path out;

    @Option(names = "--all-documents", description = "Export every document, not only those marked DONE.")
    boolean allDocuments;

    @Option(names = "--include-pending", description = "Also export suggestions nobody has decided on yet.")
    boolean includePending;

    @Option(names = "--include-rejected", description = "Also export rejected annotations.")
    boolean includeRejected;

    @Option(names = "--layer", paramLabel = "NAME",
            description = "Export this analyst's own layer (their user name) instead of the gold.")
    String layer;

    @Option(names = "--all-layers", description = "Goldset JSONL only: after each document's gold line, a line per "
            + "analyst's layer with its \"annotator\" (import reads them back as those layers).")
    boolean allLayers;

    @Spec
    CommandSpec spec;

    private final ObjectProvider<GoldExporter> exporter;

    // A provider, not the service: picocli builds every subcommand whichever one runs, and `export`
    // runs in a context without the others' services (ExportContext).
    ExportCommand(ObjectProvider<GoldExporter> exporter) {
        this.exporter = exporter;
    }

    @Override
    public Integer call() {
        if (allLayers && (layer != null || !JsonlFormat.ID.equals(format.id()))) {
            throw new ParameterException(spec.commandLine(), "--all-layers writes Goldset JSONL (--format jsonl) "
                    + "and excludes --layer");
        }
        ExportOptions options = new ExportOptions(allDocuments, includePending, includeRejected, layer, allLayers);
        ExportReport report;
        String where;
        if (ExportTarget.isStandardOutput(out)) {
            report = exporter.getObject().export(System.out, format, options, GoldExporter.ExportProgress.NONE);
            System.out.flush();
            where = "standard output";
        } else {
            Path target = out.toAbsolutePath().normalize();
            ExportTarget.problem(target, database.database).ifPresent(problem -> {
                throw new ParameterException(spec.commandLine(), "--out: " + problem);
            });
            report = exporter.getObject().exportToFile(target, format, options,
                    written -> System.err.printf("%d document(s) written%n", written));
            where = target.toString();
        }
        report.warnings().forEach(warning -> System.err.println("not in " + format.id() + ": " + warning));
        // The summary goes where the data does not: standard output may be the export itself.
        (ExportTarget.isStandardOutput(out) ? System.err : System.out)
                .println("Exported " + report.summary() + " as " + format.id() + " to " + where);
        return 0;
    }

    /** Format names as users type them ("brat"); an unknown one is a usage error (exit code 2). */
    static final class FormatConverter implements CommandLine.ITypeConverter<GoldFormat> {

        private final FormatRegistry formats;

        FormatConverter(FormatRegistry formats) {
            this.formats = formats;
        }

        @Override
        public GoldFormat convert(String value) {
            return formats.byId(value).filter(formats.writable()::contains)
                    .orElseThrow(() -> new CommandLine.TypeConversionException("unknown format '" + value
                            + "'; choose one of " + String.join(", ", FormatRegistry.ids(formats.writable()))));
        }
    }

    static final class FormatNames implements Iterable<String> {

        private final FormatRegistry formats;

        FormatNames(FormatRegistry formats) {
            this.formats = formats;
        }

        @Override
        public java.util.Iterator<String> iterator() {
            return FormatRegistry.ids(formats.writable()).iterator();
        }
    }
}
