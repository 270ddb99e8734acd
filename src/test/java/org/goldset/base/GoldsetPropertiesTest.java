package org.goldset.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The settings as Spring binds them from text, defaults included. */
class GoldsetPropertiesTest {

    @Test
    void without_corenlp_servers_the_list_is_empty_not_one_empty_address() {
        GoldsetProperties defaults = bind(Map.of());
        assertThat(defaults.corenlp().servers()).isEmpty();
        assertThat(defaults.corenlp().timeout()).isEqualTo(Duration.ofSeconds(120));
    }

    @Test
    void corenlp_servers_are_a_comma_separated_list_of_http_addresses() {
        GoldsetProperties two = bind(Map.of("goldset.corenlp.servers", "http://nlp1:9000, https://nlp2.example.org/",
                "goldset.corenlp.timeout", "30s"));
        assertThat(two.corenlp().servers())
                .containsExactly(URI.create("http://nlp1:9000"), URI.create("https://nlp2.example.org/"));
        assertThat(two.corenlp().timeout()).isEqualTo(Duration.ofSeconds(30));

        assertThatThrownBy(() -> bind(Map.of("goldset.corenlp.servers", "nlp1:9000")))
                .rootCause().hasMessage("goldset.corenlp.servers: \"nlp1:9000\" is not a server's address such as http://nlp1:9000");
    }

    private static GoldsetProperties bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate("goldset", GoldsetProperties.class);
    }
}
