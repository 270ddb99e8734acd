package org.goldset.user;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How a Host header is read: the name without its port, in lower case; nothing from a malformed one. */
class AllowedHostFilterTest {

    @Test
    void the_host_name_is_the_header_without_its_port_in_lower_case() {
        assertThat(AllowedHostFilter.hostName("LocalHost:8080")).isEqualTo("localhost");
        assertThat(AllowedHostFilter.hostName("127.0.0.1")).isEqualTo("127.0.0.1");
        assertThat(AllowedHostFilter.hostName("[::1]:8080")).isEqualTo("[::1]");
        assertThat(AllowedHostFilter.hostName("127.0.0.1.attacker.example:8080")).isEqualTo("127.0.0.1.attacker.example");
        assertThat(AllowedHostFilter.hostName("[::1")).isNull();
        assertThat(AllowedHostFilter.hostName("  ")).isNull();
        assertThat(AllowedHostFilter.hostName(null)).isNull();
    }
}
