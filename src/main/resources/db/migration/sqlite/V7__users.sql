-- Who may log in (issue 13): a name, one role, a password hash from Spring Security's delegating
-- encoder ("{bcrypt}…"; never the password). Names are unique whatever their case, so "Ana" and
-- "ana" cannot be two people. A user is disabled, never deleted: the decision history names them.
CREATE TABLE app_user (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    name          TEXT    NOT NULL CHECK (length(name) BETWEEN 1 AND 64),
    role          TEXT    NOT NULL CHECK (role IN ('ANALYST', 'CURATOR', 'ADMIN')),
    password_hash TEXT    NOT NULL CHECK (password_hash LIKE '{%}%'),
    enabled       INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
    created_at    TEXT    NOT NULL
);

CREATE UNIQUE INDEX app_user_by_name ON app_user (lower(name));
