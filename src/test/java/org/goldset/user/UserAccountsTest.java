package org.goldset.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.goldset.AsAdministrator;
import org.goldset.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Users in the database (SQLite, and PostgreSQL in CI): names, roles, hashes, disabling. */
@SpringBootTest
@AsAdministrator
class UserAccountsTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @Autowired
    UserAccounts users;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void noUsers() {
        jdbc.update("DELETE FROM app_user");
    }

    @Test
    void a_user_is_stored_with_a_bcrypt_hash_never_the_password_and_can_be_disabled() {
        assertThat(users.anyEnabled()).isFalse();
        UserAccount ana = users.add("ana.k", Role.CURATOR, "correct horse battery");

        assertThat(ana.role()).isEqualTo(Role.CURATOR);
        assertThat(ana.enabled()).isTrue();
        assertThat(users.anyEnabled()).isTrue();
        String hash = jdbc.queryForObject("SELECT password_hash FROM app_user WHERE name = 'ana.k'", String.class);
        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain("correct horse");
        assertThat(users.passwordMatches("ANA.K", "correct horse battery")).isTrue();
        assertThat(users.passwordMatches("ana.k", "correct horse batterY")).isFalse();

        users.disable("Ana.K");
        assertThat(users.list()).singleElement().satisfies(user -> assertThat(user.enabled()).isFalse());
        assertThat(users.passwordMatches("ana.k", "correct horse battery")).isFalse();
        assertThat(users.anyEnabled()).isFalse();
    }

    @Test
    void names_are_unique_whatever_their_case_and_weak_passwords_are_refused_with_the_reason() {
        users.add("Bob", Role.ANALYST, "a long enough secret");
        assertThatThrownBy(() -> users.add("bob", Role.ADMIN, "another long secret"))
                .isInstanceOf(UserException.class).hasMessage("there is already a user named \"Bob\"");
        assertThatThrownBy(() -> users.add("carol", Role.ANALYST, "short"))
                .hasMessage("the password is too short: at least 12 characters");
        assertThatThrownBy(() -> users.add("dave", Role.ANALYST, "é".repeat(40)))
                .hasMessage("the password is too long: at most 72 bytes in UTF-8");
        assertThatThrownBy(() -> users.add("erin-the-analyst", Role.ANALYST, "ERIN-THE-ANALYST"))
                .hasMessage("the password must not be the user's name");
        assertThatThrownBy(() -> users.add("has space", Role.ANALYST, "a long enough secret"))
                .hasMessageStartingWith("a user name is 1 to 64 letters");
        assertThatThrownBy(() -> users.disable("nobody")).hasMessage("there is no user named \"nobody\"");
        assertThat(users.list()).extracting(UserAccount::name).containsExactly("Bob");
    }
}
