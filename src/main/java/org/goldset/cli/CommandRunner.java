package org.goldset.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import picocli.CommandLine;

/** Runs the command given on the command line once the application context is up. */
@Component
@Profile("cli")
class CommandRunner implements CommandLineRunner, ExitCodeGenerator {

    private static final Logger LOG = LoggerFactory.getLogger(CommandRunner.class);

    private final CommandLine.IFactory springFactory;
    private int exitCode;

    /** picocli's Spring factory (picocli-spring-boot-starter): commands, converters and candidates get beans injected. */
    CommandRunner(CommandLine.IFactory springFactory) {
        this.springFactory = springFactory;
    }

    @Override
    public void run(String... args) {
        CommandLine commandLine = new CommandLine(new GoldsetCommand(), springFactory);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true); // --role curator as well as CURATOR
        // A wrong option gets its one-line reason and where to look, not the whole usage text.
        commandLine.setParameterExceptionHandler((exception, arguments) -> {
            CommandLine failed = exception.getCommandLine();
            failed.getErr().println("goldset " + failed.getCommandName() + ": " + exception.getMessage());
            failed.getErr().println("Try: goldset " + failed.getCommandName() + " --help");
            return failed.getCommandSpec().exitCodeOnInvalidInput();
        });
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
            LOG.error("goldset {} failed", line.getCommandName(), exception);
            line.getErr().println("goldset " + line.getCommandName() + ": " + CommandFailure.describe(exception));
            if (GoldsetCommandLine.verbose(args)) {
                exception.printStackTrace(line.getErr());
            } else {
                line.getErr().println(CommandFailure.detailsHint(GoldsetCommandLine.logFile(args)));
            }
            return 1;
        });
        exitCode = commandLine.execute(args);
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
