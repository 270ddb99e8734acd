package org.goldset.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The options every command shares. They are read before Spring starts (see
 * {@link GoldsetCommandLine#springPropertiesFor}); declaring them here documents and validates them.
 */
class DatabaseOption {

    @Option(names = "--db", paramLabel = "FILE", defaultValue = GoldsetCommandLine.DEFAULT_DATABASE,
            description = "SQLite database file (default: ${DEFAULT-VALUE}); created on first import.")
    Path database;

    @Option(names = "--schema", paramLabel = "FILE",
            description = "Annotation schema YAML to use instead of the built-in one.")
    Path schema;

    @Option(names = "--verbose", description = "When the command fails, print the details (the stack trace) here "
            + "as well as in goldset.log beside the database.")
    boolean verbose;
}
