package org.goldset.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.goldset.annotation.Layers;
import org.goldset.format.FormatRegistry;
import org.goldset.format.GoldFormat;
import org.goldset.format.ImportProblem;
import org.goldset.importing.CorpusImporter;
import org.goldset.importing.ImportReport;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

// A command object holds one run's options: a fresh one per run, never a shared singleton.
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import .txt articles, Goldset .jsonl, brat (.zip or folder), doccano, Label Studio or "
                + "spaCy files, or folders of them. "
                + "Each file goes in whole or not at all; texts already in the corpus are skipped.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:everything was imported or already there", "1:some files were refused (see messages)",
                "2:usage error"})
class ImportCommand implements Callable<Integer> {

    @Mixin
    DatabaseOption database;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to import.")
    List<Path> paths;

    @Option(names = "--format", paramLabel = "NAME", converter = FormatConverter.class,
            completionCandidates = FormatNames.class, description = "Read every file as this format: "
            + "${COMPLETION-CANDIDATES}. Default: by extension and content (.txt, .jsonl: Goldset, doccano or "
            + "spaCy, .json: Label Studio, .zip or a folder of .ann files: brat).")
    GoldFormat format;

    @Option(names = "--as", paramLabel = "NAME", description = "The annotations are this analyst's finished layer "
            + "(made elsewhere, to compare and curate); a text already in the corpus gets the layer instead of being "
            + "skipped. Default: the shared layer, and a DONE document's gold.")
    String analyst;

    @Spec
    CommandSpec spec;

    private final ObjectProvider<CorpusImporter> importer;
    private final PrintStream out = System.out;
    private final PrintStream err = System.err;

    // A provider, not the service: picocli builds every subcommand whichever one runs, and `export`
    // runs in a context without the others' services (ExportContext).
    ImportCommand(ObjectProvider<CorpusImporter> importer) {
        this.importer = importer;
    }

    @Override
    public Integer call() {
        if (analyst != null && !Layers.isAnalystName(analyst)) {
            throw new ParameterException(spec.commandLine(), "--as: \"" + analyst + "\" is not a user name (1 to 64 "
                    + "letters, digits, dots, hyphens or underscores, starting with a letter or digit)");
        }
        ImportReport report = importer.getObject().importPaths(paths, format, analyst, new CorpusImporter.ImportProgress() {
            private long lastPrinted = System.nanoTime();

            @Override
            public void fileDone(int done, int total, Path file, ImportReport soFar) {
                if (total > 1) {
                    err.printf("[%d/%d] %s%n", done, total, file);
                }
            }

            @Override
            public void documentsRead(Path file, int documents) {
                // A long file shows it is moving, at most every two seconds.
                if (System.nanoTime() - lastPrinted > 2_000_000_000L) {
                    err.printf("%s: %,d documents read%n", file, documents);
                    lastPrinted = System.nanoTime();
                }
            }
        });
        report.duplicates().forEach(duplicate -> out.println("skipped (already imported): " + duplicate));
        for (ImportProblem problem : report.problems()) {
            err.println("refused: " + problem);
        }
        out.println(report.summary() + " into " + database.database);
        return report.hasProblems() ? 1 : 0;
    }

    /** Format names as users type them ("brat"); an unknown one is a usage error (exit code 2). */
    static final class FormatConverter implements CommandLine.ITypeConverter<GoldFormat> {

        private final FormatRegistry formats;

        FormatConverter(FormatRegistry formats) {
            this.formats = formats;
        }

        @Override
        public GoldFormat convert(String value) {
            return formats.byId(value).filter(formats.readable()::contains)
                    .orElseThrow(() -> new CommandLine.TypeConversionException("unknown format '" + value
                            + "'; choose one of " + String.join(", ", FormatRegistry.ids(formats.readable()))));
        }
    }

    static final class FormatNames implements Iterable<String> {

        private final FormatRegistry formats;

        FormatNames(FormatRegistry formats) {
            this.formats = formats;
        }

        @Override
        public java.util.Iterator<String> iterator() {
            return FormatRegistry.ids(formats.readable()).iterator();
        }
    }
}
