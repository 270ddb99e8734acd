package org.goldset.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides, before Spring starts, whether the jar runs a command or the web app, and lifts the
 * options that shape the application context ({@code --db}, {@code --schema}) into properties.
 */
public final class GoldsetCommandLine {

    public static final String DEFAULT_DATABASE = "./data/goldset.db";
    private static final Set<String> COMMANDS = Set.of("import", "suggest", "export", "help", "--help", "-h",
            "--version", "-V");
    /** Commands that read an existing corpus: running them on a missing file is a typo, not a wish. */
    private static final Set<String> NEED_EXISTING_DATABASE = Set.of("suggest", "export");

    private GoldsetCommandLine() {
    }

    public static boolean isCommand(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    /** Spring properties for a command: the database and schema files, quiet logging, no web server. */
    public static Map<String, Object> springPropertiesFor(String[] args) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("goldset.db", optionValue(args, "--db").orElse(DEFAULT_DATABASE));
        optionValue(args, "--schema").ifPresent(schema -> properties.put("goldset.schema", schema));
        optionValue(args, "--threads").ifPresent(threads -> properties.put("goldset.suggestion.threads", threads));
        // Vaadin's auto-configuration assumes a servlet container; commands have none.
        properties.put("spring.autoconfigure.exclude", "com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration");
        return properties;
    }

    /** An error message when the command cannot run at all, before any file is touched. */
    public static Optional<String> preflightProblem(String[] args) {
        if (args.length > 0 && NEED_EXISTING_DATABASE.contains(args[0])) {
            Path database = Path.of(optionValue(args, "--db").orElse(DEFAULT_DATABASE));
            if (!Files.isRegularFile(database)) {
                return Optional.of("No Goldset database at " + database.toAbsolutePath()
                        + ". Import articles first (goldset import --db FILE PATH...) or name the database with --db.");
            }
        }
        return Optional.empty();
    }

    static Optional<String> optionValue(String[] args, String option) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals(option) && i + 1 < args.length) {
                return Optional.of(args[i + 1]);
            }
            if (args[i].startsWith(option + "=")) {
                return Optional.of(args[i].substring(option.length() + 1));
            }
        }
        return Optional.empty();
    }
}
