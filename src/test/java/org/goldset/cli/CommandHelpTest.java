package org.goldset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Help and version come from picocli alone: no Spring context, no database (this test starts neither). */
class CommandHelpTest {

    @Test
    void help_lists_the_commands_and_each_command_its_formats() {
        assertThat(printed("help")).contains("import", "suggest", "export", "Gold-standard entity and event annotation");
        assertThat(printed("export", "--help"))
                .contains("Usage: goldset export", "--out=FILE", "brat", "conll", "jsonl", "spacy");
        assertThat(printed("help", "import")).contains("Usage: goldset import", "labelstudio", "txt");
        assertThat(printed("--version")).contains("Goldset 0.1.0");
    }

    @Test
    void only_a_request_for_help_skips_the_application() {
        assertThat(CommandHelp.wanted(new String[] {"help"})).isTrue();
        assertThat(CommandHelp.wanted(new String[] {"-V"})).isTrue();
        assertThat(CommandHelp.wanted(new String[] {"import", "--db", "g.db", "--help"})).isTrue();
        assertThat(CommandHelp.wanted(new String[] {"import", "--db", "g.db", "a.jsonl"})).isFalse();
        assertThat(CommandHelp.wanted(new String[] {"import", "--", "--help"})).as("a file named --help").isFalse();
        assertThat(CommandHelp.wanted(new String[] {})).isFalse();
    }

    private static String printed(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            assertThat(CommandHelp.print(args)).isZero();
        } finally {
            System.setOut(original);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
