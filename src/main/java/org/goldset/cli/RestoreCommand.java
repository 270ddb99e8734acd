package org.goldset.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.goldset.backup.BackupException;
import org.goldset.backup.SqliteRestore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * Puts a backup back, with the web app stopped. Runs before (and without) the application, whose
 * connection pools would open the very file being replaced.
 */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Replace the database by a backup made with goldset backup. Stop the web app first. The "
                + "backup is checked before anything is replaced; the database it replaces is kept beside it as "
                + "FILE.before-restore-TIME.")
public class RestoreCommand implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "FILE", defaultValue = GoldsetCommandLine.DEFAULT_DATABASE,
            description = "The database to restore (default: ${DEFAULT-VALUE}).")
    Path database;

    @Option(names = "--from", required = true, paramLabel = "BACKUP", description = "The backup file.")
    Path backup;

    @Option(names = "--force", description = "Replace an existing database (it is kept, renamed, not deleted).")
    boolean force;

    /** Parses and runs {@code restore …}; the exit code. */
    public static int run(String[] args) {
        CommandLine commandLine = new CommandLine(new RestoreCommand());
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
            line.getErr().println("goldset restore: " + (exception instanceof BackupException
                    ? exception.getMessage() : CommandFailure.describeStartup(exception)));
            return 1;
        });
        String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
        return commandLine.execute(rest);
    }

    @Override
    public Integer call() {
        System.out.println(SqliteRestore.restore(backup, database, force, Clock.systemUTC()));
        return 0;
    }
}
