package org.goldset.cli;

import java.util.concurrent.Callable;
import org.goldset.api.ApiTokens;
import org.goldset.user.UserException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code user token}: a new personal API token for a user, for scripts. The token alone goes to
 * standard output (so {@code TOKEN=$(goldset user token …)} works); what it is goes to standard error.
 */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(name = "token", mixinStandardHelpOptions = true,
        description = "Make a personal API token for a user and print it (shown this once; only its hash is kept)."
                + " Calls with it act as that user: Authorization: Bearer <token>.")
class UserTokenCommand implements Callable<Integer> {

    @Mixin
    DatabaseOption database;

    @Option(names = "--name", required = true, paramLabel = "NAME", description = "Login name of the token's user.")
    String name;

    @Option(names = "--label", defaultValue = "command line", paramLabel = "LABEL",
            description = "What uses the token, to recognise it in the list (default: ${DEFAULT-VALUE}).")
    String label;

    private final ObjectProvider<ApiTokens> tokens;

    UserTokenCommand(ObjectProvider<ApiTokens> tokens) {
        this.tokens = tokens;
    }

    @Override
    public Integer call() {
        try {
            ApiTokens.NewToken made = tokens.getObject().create(name, label);
            System.err.println("API token " + made.info().id() + " for " + made.info().user() + " (\""
                    + made.info().label() + "\"); it is not shown again:");
            System.out.println(made.token());
            return 0;
        } catch (UserException refused) {
            System.err.println("goldset user token: " + refused.getMessage());
            return 1;
        }
    }
}
