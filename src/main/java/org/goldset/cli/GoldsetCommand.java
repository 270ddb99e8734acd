package org.goldset.cli;

import picocli.CommandLine.Command;

/** The top-level command; its subcommands are Goldset's stable command-line interface. */
@Command(name = "goldset", mixinStandardHelpOptions = true, version = "Goldset 0.1.0",
        description = "Gold-standard entity and event annotation for political and security news.%n"
                + "Without a command, the jar serves the web app on http://localhost:8080.",
        subcommands = {ImportCommand.class, SuggestCommand.class, ExportCommand.class, AgreementCommand.class,
                UserCommand.class, BackupCommand.class, RestoreCommand.class,
                picocli.CommandLine.HelpCommand.class})
class GoldsetCommand {
}
