package org.goldset;

import java.util.Optional;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;
import org.goldset.cli.CommandFailure;
import org.goldset.cli.CommandHelp;
import org.goldset.cli.ExportContext;
import org.goldset.cli.GoldsetCommandLine;
import org.goldset.cli.RestoreCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.MapPropertySource;

/**
 * One jar, two faces: without arguments it serves the web app; with a command ({@code import},
 * {@code suggest}, {@code export}) it runs that command and exits with its exit code.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles/goldset.css")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        if (CommandHelp.wanted(args)) {
            System.exit(CommandHelp.print(args));
        }
        if (GoldsetCommandLine.isCommand(args)) {
            System.exit(runCommand(args));
        }
        SpringApplication.run(Application.class, args);
    }

    private static int runCommand(String[] args) {
        if ("restore".equals(args[0])) {
            return RestoreCommand.run(args); // without the application: its pools would open the file it replaces
        }
        Optional<String> problem = GoldsetCommandLine.preflightProblem(args);
        if (problem.isPresent()) {
            System.err.println(problem.get());
            return 2;
        }
        try {
            return SpringApplication.exit(commandApplication(args).run(args));
        } catch (Throwable failure) { // NOPMD: whatever stopped the command, the user gets one line, not a trace
            // Spring has logged it to the log file already (the console is off for commands).
            System.err.println("goldset " + args[0] + ": " + CommandFailure.describeStartup(failure));
            if (GoldsetCommandLine.verbose(args)) {
                failure.printStackTrace();
            } else {
                System.err.println(CommandFailure.detailsHint(GoldsetCommandLine.logFile(args)));
            }
            return 1;
        }
    }

    /**
     * Puts the command's properties first once application.properties is read and before the logging
     * system starts (Spring Boot's logging listener runs at HIGHEST_PRECEDENCE + 20).
     */
    private record CommandProperties(java.util.Map<String, Object> properties)
            implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

        @Override
        public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
            event.getEnvironment().getPropertySources().addFirst(new MapPropertySource("goldset-command-line", properties));
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE + 15;
        }
    }

    /** The application that runs a command: no web server, the command's options as properties. */
    public static SpringApplication commandApplication(String[] args) {
        // export and backup read through JDBC alone and start in a third of the time without the rest.
        boolean readsOnly = "export".equals(args[0]) || "backup".equals(args[0]);
        SpringApplication app = new SpringApplication(readsOnly ? ExportContext.class : Application.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setAdditionalProfiles("cli");
        app.setAddCommandLineProperties(false);
        // The command's options outrank application.properties, so --db really picks the database; they
        // are in place before logging starts, so the log goes to the file they name from the first line.
        app.addListeners(new CommandProperties(GoldsetCommandLine.springPropertiesFor(args)));
        return app;
    }
}
