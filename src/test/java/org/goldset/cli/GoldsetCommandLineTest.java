package org.goldset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The options that shape Spring are read before it starts, in both spellings, whatever the command. */
class GoldsetCommandLineTest {

    @Test
    void database_schema_and_threads_are_lifted_into_properties_and_the_rest_is_left_alone() {
        Map<String, Object> properties = GoldsetCommandLine.springPropertiesFor(new String[] {
                "import", "--format", "brat", "--db=/tmp/a.db", "corpus.zip", "--schema", "my schema.yaml"});
        assertThat(properties).containsEntry("goldset.db", "/tmp/a.db").containsEntry("goldset.schema", "my schema.yaml")
                .doesNotContainKey("goldset.suggestion.threads");
        assertThat(GoldsetCommandLine.springPropertiesFor(new String[] {"suggest", "--threads", "2"}))
                .containsEntry("goldset.db", GoldsetCommandLine.DEFAULT_DATABASE)
                .containsEntry("goldset.suggestion.threads", "2");
        assertThat(GoldsetCommandLine.springPropertiesFor(new String[] {
                "suggest", "--corenlp-servers", "http://a:9000,http://b:9000", "--corenlp-timeout=30"}))
                .containsEntry("goldset.corenlp.servers", "http://a:9000,http://b:9000")
                .containsEntry("goldset.corenlp.timeout", "30s");
    }

    @Test
    void a_command_on_a_database_that_is_not_there_is_stopped_before_spring_starts() {
        assertThat(GoldsetCommandLine.preflightProblem(new String[] {"export", "--db", "/no/such/goldset.db", "--out", "x"}))
                .hasValueSatisfying(problem -> assertThat(problem).contains("/no/such/goldset.db"));
        assertThat(GoldsetCommandLine.preflightProblem(new String[] {"import", "--db", "/no/such/goldset.db", "x.txt"}))
                .isEmpty();
    }
}
