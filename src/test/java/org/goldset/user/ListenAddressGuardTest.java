package org.goldset.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import org.goldset.Application;
import org.goldset.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIf;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * Goldset listens beyond this machine only once someone can log in: on an empty database the web
 * app refuses to start on 0.0.0.0 with advice instead of a stack trace; with a user it starts.
 */
@DisabledIf(value = "org.goldset.TestDatabase#onPostgresql", disabledReason = "starts the app on its own SQLite file")
class ListenAddressGuardTest {

    @Test
    void the_app_refuses_every_interface_until_a_user_exists() throws Exception {
        Path db = TestDatabase.newFile();
        String[] args = {"--server.port=0", "--server.address=0.0.0.0", "--goldset.db=" + db,
                "--goldset.seeds.enabled=false", "--goldset.suggestion.after-import=false"};

        assertThatThrownBy(() -> SpringApplication.run(Application.class, args).close())
                .hasRootCauseInstanceOf(ListenAddressGuard.ListenAddressRefused.class)
                .rootCause().hasMessage("Goldset will not listen on 0.0.0.0 while no user can log in");
        FailureAnalysis advice = new ListenAddressFailureAnalyzer().analyze(
                new ListenAddressGuard.ListenAddressRefused("0.0.0.0"));
        assertThat(advice.getAction()).contains("user add --db FILE --name NAME --role admin");

        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db);
             PreparedStatement insert = connection.prepareStatement("INSERT INTO app_user "
                     + "(name, role, password_hash, enabled, created_at) VALUES ('ana', 'ADMIN', ?, 1, '2026-11-30T00:00:00Z')")) {
            insert.setString(1, PasswordEncoderFactories.createDelegatingPasswordEncoder().encode("a long enough password"));
            insert.executeUpdate();
        }
        try (ConfigurableApplicationContext started = SpringApplication.run(Application.class, args)) {
            assertThat(started.isRunning()).isTrue();
        }
    }

    @Test
    void loopback_names_and_addresses_count_as_this_machine() {
        assertThat(ListenAddressGuard.isLoopback("127.0.0.1")).isTrue();
        assertThat(ListenAddressGuard.isLoopback("::1")).isTrue();
        assertThat(ListenAddressGuard.isLoopback("localhost")).isTrue();
        assertThat(ListenAddressGuard.isLoopback("0.0.0.0")).isFalse();
        assertThat(ListenAddressGuard.isLoopback("")).isFalse();
    }
}
