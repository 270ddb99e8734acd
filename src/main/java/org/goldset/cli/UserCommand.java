package org.goldset.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.goldset.user.Role;
import org.goldset.user.UserAccount;
import org.goldset.user.UserAccounts;
import org.goldset.user.UserException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code user add|list|disable|token}: who may log in, from the command line (e.g. the first administrator). */
@Command(name = "user", mixinStandardHelpOptions = true,
        description = "Add, list or disable the people who may log in; make API tokens for them.",
        subcommands = {UserCommand.Add.class, UserCommand.ListUsers.class, UserCommand.Disable.class,
                UserTokenCommand.class})
class UserCommand {

    // Each subcommand holds one run's options: a fresh one per run, never a shared singleton. They take
    // the service through a provider, because picocli builds every subcommand whichever one runs.

    @Component
    @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add a user. The password is asked for twice, or read as the first line of standard input"
                    + " with --password-stdin (for scripts; a password never goes on the command line).")
    static class Add implements Callable<Integer> {

        @Mixin
        DatabaseOption database;

        @Option(names = "--name", required = true, paramLabel = "NAME", description = "Login name.")
        String name;

        @Option(names = "--role", required = true, paramLabel = "ROLE",
                description = "One of ${COMPLETION-CANDIDATES}.")
        Role role;

        @Option(names = "--password-stdin", description = "Read the password from the first line of standard input.")
        boolean passwordFromStdin;

        private final ObjectProvider<UserAccounts> users;

        Add(ObjectProvider<UserAccounts> users) {
            this.users = users;
        }

        @Override
        public Integer call() throws IOException {
            try {
                String password = passwordFromStdin ? firstLineOfStdin() : askTwice();
                UserAccount added = users.getObject().add(name, role, password);
                System.out.println("Added " + added.role().name().toLowerCase() + " " + added.name());
                return 0;
            } catch (UserException refused) {
                System.err.println("goldset user add: " + refused.getMessage());
                return 1;
            }
        }

        private String askTwice() {
            Console console = System.console();
            if (console == null) {
                throw new UserException("no terminal to ask for the password: give it with --password-stdin");
            }
            char[] first = console.readPassword("Password for %s: ", name);
            char[] second = console.readPassword("Again: ");
            if (first == null || !Arrays.equals(first, second)) {
                throw new UserException("the two passwords differ");
            }
            return new String(first);
        }

        private static String firstLineOfStdin() throws IOException {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isEmpty()) {
                throw new UserException("no password on standard input");
            }
            return line;
        }
    }

    @Component
    @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List every user with role and state.")
    static class ListUsers implements Callable<Integer> {

        @Mixin
        DatabaseOption database;

        private final ObjectProvider<UserAccounts> users;

        ListUsers(ObjectProvider<UserAccounts> users) {
            this.users = users;
        }

        @Override
        public Integer call() {
            java.util.List<UserAccount> all = users.getObject().list();
            if (all.isEmpty()) {
                System.out.println("No users yet.");
            }
            for (UserAccount user : all) {
                System.out.printf("%-24s %-8s %-8s since %s%n", user.name(), user.role().name().toLowerCase(),
                        user.enabled() ? "enabled" : "disabled", user.createdAt());
            }
            return 0;
        }
    }

    @Component
    @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
    @Command(name = "disable", mixinStandardHelpOptions = true,
            description = "Stop a user from logging in; their name stays on the decisions they made.")
    static class Disable implements Callable<Integer> {

        @Mixin
        DatabaseOption database;

        @Option(names = "--name", required = true, paramLabel = "NAME", description = "Login name.")
        String name;

        private final ObjectProvider<UserAccounts> users;

        Disable(ObjectProvider<UserAccounts> users) {
            this.users = users;
        }

        @Override
        public Integer call() {
            try {
                UserAccount disabled = users.getObject().disable(name);
                System.out.println("Disabled " + disabled.name());
                return 0;
            } catch (UserException refused) {
                System.err.println("goldset user disable: " + refused.getMessage());
                return 1;
            }
        }
    }
}
