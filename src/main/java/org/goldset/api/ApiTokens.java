package org.goldset.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.goldset.base.InstantText;
import org.goldset.user.Role;
import org.goldset.user.UserException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: a user makes one for a script and the script acts as that user, with that
 * user's role. A token is {@code gs_} and 32 random bytes in base64url; only its SHA-256 is stored
 * (nothing to guess in 256 random bits, so a slow password hash would only slow every request).
 * The token is returned once, when made, and never logged. A token stops working when revoked or
 * when its user is disabled.
 *
 * <p>Who may do what is checked by the callers: the web app lets a user manage only their own
 * tokens; the command line, run by whoever holds the database file, may make one for anybody.
 */
@Service
public class ApiTokens {

    static final String PREFIX = "gs_";
    /** In the web app a user manages their own tokens; the command line has no login and no such check. */
    private static final String OWN_OR_ADMIN = "hasRole('ADMIN') or (isAuthenticated() and #userName != null"
            + " and #userName.equalsIgnoreCase(authentication.name))";
    private static final int RANDOM_BYTES = 32;
    /** How stale "last used" may get: one write per token a minute, not one per request. */
    private static final Duration LAST_USED_STEP = Duration.ofMinutes(1);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A token as listed: never the token itself. */
    public record TokenInfo(long id, String user, String label, Instant createdAt, Instant lastUsedAt,
                            Instant revokedAt) {

        public boolean active() {
            return revokedAt == null;
        }
    }

    /** A new token, with the only copy of its secret. */
    public record NewToken(TokenInfo info, String token) {
    }

    /** The user a valid token stands for. */
    public record TokenUser(long tokenId, String name, Role role) {
    }

    /** Makes a token for an enabled user: in the web app, for oneself (an administrator for anybody). */
    @PreAuthorize(OWN_OR_ADMIN)
    @Transactional
    public NewToken create(String userName, String label) {
        String cleanLabel = label == null ? "" : label.strip();
        if (cleanLabel.isEmpty() || cleanLabel.length() > 100) {
            throw new UserException("a token needs a label of 1 to 100 characters, saying what uses it");
        }
        List<Long> users = jdbc.queryForList("SELECT id FROM app_user WHERE lower(name) = lower(?) AND enabled = ?",
                Long.class, userName, true);
        if (users.isEmpty()) {
            throw new UserException("there is no enabled user named \"" + userName + "\"");
        }
        byte[] secret = new byte[RANDOM_BYTES];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        jdbc.update("INSERT INTO api_token (user_id, label, token_hash, created_at) VALUES (?, ?, ?, ?)",
                users.getFirst(), cleanLabel, hash(token), clock.instant().toString());
        long id = jdbc.queryForObject("SELECT id FROM api_token WHERE token_hash = ?", Long.class, hash(token));
        return new NewToken(find(id).orElseThrow(), token);
    }

    /** The user's tokens, newest first, revoked ones too. */
    @PreAuthorize(OWN_OR_ADMIN)
    @Transactional(readOnly = true)
    public List<TokenInfo> list(String userName) {
        return jdbc.query(SELECT + " WHERE lower(u.name) = lower(?) ORDER BY t.id DESC", (row, n) -> info(row),
                userName);
    }

    /** Revokes one of the user's own tokens; refuses anyone else's. */
    @PreAuthorize(OWN_OR_ADMIN)
    @Transactional
    public TokenInfo revoke(String userName, long tokenId) {
        TokenInfo token = find(tokenId).filter(found -> found.user().equalsIgnoreCase(userName))
                .orElseThrow(() -> new UserException("you have no token " + tokenId));
        if (token.active()) {
            jdbc.update("UPDATE api_token SET revoked_at = ? WHERE id = ?", clock.instant().toString(), tokenId);
        }
        return find(tokenId).orElseThrow();
    }

    /** Who a presented token stands for, if it is a live token of an enabled user. */
    @Transactional
    public Optional<TokenUser> authenticate(String presented) {
        if (presented == null || !presented.startsWith(PREFIX) || presented.length() > 100) {
            return Optional.empty();
        }
        List<Object[]> rows = jdbc.query("""
                SELECT t.id, u.name, u.role, t.last_used_at FROM api_token t JOIN app_user u ON u.id = t.user_id
                WHERE t.token_hash = ? AND t.revoked_at IS NULL AND u.enabled = ?""",
                (row, n) -> new Object[] {row.getLong(1), row.getString(2), row.getString(3), row.getString(4)},
                hash(presented), true);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = rows.getFirst();
        Instant now = clock.instant();
        if (row[3] == null || InstantText.parse((String) row[3]).plus(LAST_USED_STEP).isBefore(now)) {
            jdbc.update("UPDATE api_token SET last_used_at = ? WHERE id = ?", now.toString(), row[0]);
        }
        return Optional.of(new TokenUser((Long) row[0], (String) row[1], Role.valueOf((String) row[2])));
    }

    private static final String SELECT = "SELECT t.id, u.name, t.label, t.created_at, t.last_used_at, t.revoked_at"
            + " FROM api_token t JOIN app_user u ON u.id = t.user_id";

    private Optional<TokenInfo> find(long id) {
        return jdbc.query(SELECT + " WHERE t.id = ?", (row, n) -> info(row), id).stream().findFirst();
    }

    private static TokenInfo info(java.sql.ResultSet row) throws java.sql.SQLException {
        return new TokenInfo(row.getLong(1), row.getString(2), row.getString(3), InstantText.parse(row.getString(4)),
                instant(row.getString(5)), instant(row.getString(6)));
    }

    private static Instant instant(String text) {
        return text == null ? null : InstantText.parse(text);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java has SHA-256", impossible);
        }
    }
}
