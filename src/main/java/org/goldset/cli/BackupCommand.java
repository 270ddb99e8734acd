package org.goldset.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.goldset.backup.SqliteBackup;
import org.goldset.export.ExportTarget;
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

/** A consistent copy of the live database (see SqliteBackup), safe while the web app runs. */
// A command object holds one run's options: a fresh one per run, never a shared singleton.
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Copy the SQLite database, with every committed decision, to a new file; safe while the web "
                + "app runs (analysts keep working). The copy is checked with SQLite's quick_check. "
                + "Put it back with: goldset restore.")
class BackupCommand implements Callable<Integer> {

    @Mixin
    DatabaseOption database;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The backup file to create; it "
            + "must not exist yet.")
    Path out;

    @Spec
    CommandSpec spec;

    private final ObjectProvider<SqliteBackup> backup;

    BackupCommand(ObjectProvider<SqliteBackup> backup) {
        this.backup = backup;
    }

    @Override
    public Integer call() {
        ExportTarget.problem(out, database.database).ifPresent(problem -> {
            throw new ParameterException(spec.commandLine(), "--out: " + problem);
        });
        SqliteBackup.Backup made = backup.getObject().writeTo(out);
        System.out.println("Backed up " + made.summary() + " to " + made.file());
        return 0;
    }
}
