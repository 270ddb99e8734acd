package org.goldset.user;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import org.goldset.base.InstantText;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people who may log in. Passwords are stored as Spring Security's delegating encoder writes
 * them ({@code {bcrypt}$2a$10$…}), so a later change of algorithm can upgrade hashes as users log in;
 * the password itself is never stored or logged. In the web app only an administrator manages
 * users (method security); the command line, run by whoever holds the database file, needs no login.
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
    @PreAuthorize("hasRole('ADMIN')")
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

    /**
     * The first user, made from the web app's first visit: an administrator, and only while there
     * is nobody at all (serializable, so two first visits at once cannot both succeed).
     */
    @Transactional(isolation = Isolation.SERIALIZABLE)
    public UserAccount addFirstAdministrator(String name, String password) {
        if (!noUsersYet()) {
            throw new UserException("the administrator has already been created; log in instead");
        }
        return add(name, Role.ADMIN, password);
    }

    /** True until the first user is added: the web app then offers to create the administrator. */
    @Transactional(readOnly = true)
    public boolean noUsersYet() {
        return !Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM app_user)", Boolean.class));
    }

    /** Everyone, enabled or not, by name. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<UserAccount> list() {
        return jdbc.query(SELECT + " ORDER BY lower(name)", (row, index) -> account(row));
    }

    /** The names of everyone who may log in, by name: whom a curator can assign documents to. */
    @PreAuthorize("hasRole('CURATOR')")
    @Transactional(readOnly = true)
    public List<String> enabledNames() {
        return jdbc.queryForList("SELECT name FROM app_user WHERE enabled = ? ORDER BY lower(name)", String.class, true);
    }

    /** Whether anyone may log in yet: with nobody, the first visit offers to create the administrator. */
    @Transactional(readOnly = true)
    public boolean anyEnabled() {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM app_user WHERE enabled = ?)", Boolean.class, true));
    }

    /** Stops a user from logging in; their name stays on every decision they made. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public UserAccount disable(String name) {
        return setEnabled(name, false);
    }

    /** Lets a disabled user log in again. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public UserAccount enable(String name) {
        return setEnabled(name, true);
    }

    private UserAccount setEnabled(String name, boolean enabled) {
        UserAccount user = find(name);
        if (user == null) {
            throw new UserException("there is no user named \"" + name + "\"");
        }
        jdbc.update("UPDATE app_user SET enabled = ? WHERE id = ?", enabled, user.id());
        return find(name);
    }

    /** Whether the user exists and may log in: asked on every request of a logged-in user, so the hash stays unread. */
    boolean isEnabled(String name) {
        return !jdbc.queryForList("SELECT 1 FROM app_user WHERE lower(name) = lower(?) AND enabled = ?", Integer.class,
                name, true).isEmpty();
    }

    /** The stored login of a user, for Spring Security's check of a password; empty for an unknown name. */
    java.util.Optional<StoredLogin> storedLogin(String name) {
        return jdbc.query("SELECT name, role, password_hash, enabled FROM app_user WHERE lower(name) = lower(?)",
                (row, index) -> new StoredLogin(row.getString("name"), Role.valueOf(row.getString("role")),
                        row.getString("password_hash"), row.getBoolean("enabled")), name).stream().findFirst();
    }

    record StoredLogin(String name, Role role, String passwordHash, boolean enabled) {
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
