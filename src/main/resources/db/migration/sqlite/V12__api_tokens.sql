-- Personal API tokens (issue 17): scripts call /api/** with "Authorization: Bearer <token>" and act
-- as the token's user, with that user's role. Only the SHA-256 of a token is stored: a token is 32
-- random bytes, so there is nothing to guess and a slow hash would buy nothing. The token itself is
-- shown once, when made. A revoked token stays listed (revoked_at), so its user sees what existed.
CREATE TABLE api_token (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id      INTEGER NOT NULL REFERENCES app_user (id),
    label        TEXT    NOT NULL CHECK (length(label) BETWEEN 1 AND 100),
    token_hash   TEXT    NOT NULL UNIQUE CHECK (length(token_hash) = 64),
    created_at   TEXT    NOT NULL,
    last_used_at TEXT,
    revoked_at   TEXT
);

CREATE INDEX api_token_by_user ON api_token (user_id);
