package org.goldset.user;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import org.goldset.base.InstantText;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people who may log in. Passwords are stored as Spring Security's delegating encoder writes
 * them ({@code {bcrypt}$2a$10$…}), so a later change of algorithm can upgrade hashes as users log in;
 * the password itself is never stored or logged.
 */
@Service
public class UserAccounts {

    private static final String SELECT = "SELECT id, name, role, enabled, created_at FROM app_user";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final PasswordEncoder passwords = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    UserAccounts(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Adds an enabled user; refuses a name already taken in any case, and a weak password. */
    @Transactional
    public UserAccount add(String name, Role role, String password) {
        PasswordRules.checkName(name);
        PasswordRules.checkPassword(name, password);
        UserAccount taken = find(name);
        if (taken != null) {
            throw new UserException("there is already a user named \"" + taken.name() + "\"");
        }
        jdbc.update("INSERT INTO app_user (name, role, password_hash, enabled, created_at) VALUES (?, ?, ?, ?, ?)",
                name, role.name(), passwords.encode(password), true, clock.instant().toString());
        return find(name);
    }

    /** Everyone, enabled or not, by name. */
    @Transactional(readOnly = true)
    public List<UserAccount> list() {
        return jdbc.query(SELECT + " ORDER BY lower(name)", (row, index) -> account(row));
    }

    /** Whether anyone may log in yet: with nobody, the first visit offers to create the administrator. */
    @Transactional(readOnly = true)
    public boolean anyEnabled() {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM app_user WHERE enabled = ?)", Boolean.class, true));
    }

    /** Stops a user from logging in; their name stays on every decision they made. */
    @Transactional
    public UserAccount disable(String name) {
        UserAccount user = find(name);
        if (user == null) {
            throw new UserException("there is no user named \"" + name + "\"");
        }
        jdbc.update("UPDATE app_user SET enabled = ? WHERE id = ?", false, user.id());
        return find(name);
    }

    /** True when the name and password belong to an enabled user. */
    @Transactional(readOnly = true)
    public boolean passwordMatches(String name, String password) {
        List<String> hashes = jdbc.queryForList(
                "SELECT password_hash FROM app_user WHERE lower(name) = lower(?) AND enabled = ?", String.class, name, true);
        return !hashes.isEmpty() && passwords.matches(password, hashes.getFirst());
    }

    private UserAccount find(String name) {
        List<UserAccount> found = jdbc.query(SELECT + " WHERE lower(name) = lower(?)", (row, index) -> account(row), name);
        return found.isEmpty() ? null : found.getFirst();
    }

    private static UserAccount account(ResultSet row) throws SQLException {
        return new UserAccount(row.getLong("id"), row.getString("name"), Role.valueOf(row.getString("role")),
                row.getBoolean("enabled"), InstantText.parse(row.getString("created_at")));
    }
}
