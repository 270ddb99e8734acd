package org.goldset.cli;

import java.util.concurrent.Callable;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Runs the suggestion engines over the corpus. No engine ships yet: it says so and changes nothing. */
@Component
@Command(name = "suggest", mixinStandardHelpOptions = true,
        description = "Pre-fill entity and event suggestions with the configured engines.")
class SuggestCommand implements Callable<Integer> {

    @Mixin
    DatabaseOption database;

    @Override
    public Integer call() {
        System.out.println("No suggestion engine is configured in this version of Goldset; "
                + "nothing was changed in " + database.database + ".");
        return 0;
    }
}
