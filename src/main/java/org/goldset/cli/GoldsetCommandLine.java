package org.goldset.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;
import picocli.CommandLine;

/**
 * Decides, before Spring starts, whether the jar runs a command or the web app, and lifts the
 * options that shape the application context ({@code --db}, {@code --schema}) into properties.
 */
public final class GoldsetCommandLine {

    public static final String DEFAULT_DATABASE = "./data/goldset.db";
    private static final Set<String> COMMANDS = Set.of("import", "suggest", "export", "agreement", "user", "backup", "restore", "help",
            "--help", "-h", "--version", "-V");
    /** Commands that read an existing corpus: running them on a missing file is a typo, not a wish. */
    private static final Set<String> NEED_EXISTING_DATABASE = Set.of("suggest", "export", "agreement", "backup");

    private GoldsetCommandLine() {
    }

    public static boolean isCommand(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    /** Spring properties for a command: the database and schema files, quiet logging, no web server. */
    public static Map<String, Object> springPropertiesFor(String[] args) {
        Map<String, Object> properties = new LinkedHashMap<>();
        ContextOptions options = ContextOptions.of(args);
        properties.put("goldset.db", options.database);
        if (options.schema != null) {
            properties.put("goldset.schema", options.schema);
        }
        if (options.threads != null) {
            properties.put("goldset.suggestion.threads", options.threads);
        }
        if (options.corenlpServers != null) {
            properties.put("goldset.corenlp.servers", options.corenlpServers);
        }
        if (options.corenlpTimeout != null) {
            properties.put("goldset.corenlp.timeout", options.corenlpTimeout + "s");
        }
        // The terminal gets each command's own lines; the log (warnings, stack traces) goes to a file beside
        // the database, so that nothing but data reaches standard output (export --out -).
        properties.put("logging.threshold.console", "OFF");
        properties.put("logging.file.name", logFile(args).toString());
        // Vaadin's auto-configuration assumes a servlet container; commands have none.
        properties.put("spring.autoconfigure.exclude", "com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration");
        return properties;
    }

    /** The command's log: {@code goldset.log} in the database's folder. */
    public static Path logFile(String[] args) {
        return Path.of(ContextOptions.of(args).database).toAbsolutePath().normalize().resolveSibling("goldset.log");
    }

    /** Whether a failure's stack trace should be printed on the terminal as well as logged. */
    public static boolean verbose(String[] args) {
        return ContextOptions.of(args).verbose;
    }

    /** An error message when the command cannot run at all, before any file is touched. */
    public static Optional<String> preflightProblem(String[] args) {
        if (args.length > 0 && NEED_EXISTING_DATABASE.contains(args[0])) {
            Path database = Path.of(ContextOptions.of(args).database);
            if (!Files.isRegularFile(database)) {
                return Optional.of("No Goldset database at " + database.toAbsolutePath()
                        + ". Import articles first (goldset import --db FILE PATH...) or name the database with --db.");
            }
        }
        return Optional.empty();
    }

    /**
     * The options that shape the application context, read by picocli with the same names as the
     * commands declare them; everything else is left for the command's own parse.
     */
    @Command(name = "goldset")
    static final class ContextOptions {

        @Option(names = "--db")
        String database = DEFAULT_DATABASE;

        @Option(names = "--schema")
        String schema;

        @Option(names = "--verbose")
        boolean verbose;

        @Option(names = "--threads")
        String threads;

        @Option(names = "--corenlp-servers")
        String corenlpServers;

        @Option(names = "--corenlp-timeout")
        String corenlpTimeout;

        @Unmatched
        List<String> forTheCommand;

        static ContextOptions of(String[] args) {
            ContextOptions options = new ContextOptions();
            new CommandLine(options).setUnmatchedArgumentsAllowed(true).setOverwrittenOptionsAllowed(true)
                    .parseArgs(args);
            return options;
        }
    }
}
