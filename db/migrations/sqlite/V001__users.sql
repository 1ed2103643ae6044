-- Accounts. A password is stored only as an Argon2id PHC string ($argon2id$v=19$m=...,t=...,p=...$salt$hash),
-- so its parameters travel with it and can be raised later.
-- Times are INTEGER epoch milliseconds: sqlite-jdbc stores a bound java.time.Instant that way.
CREATE TABLE users (
  id            INTEGER PRIMARY KEY,
  username      TEXT    NOT NULL UNIQUE,
  email         TEXT    NOT NULL UNIQUE,   -- stored lower-case, so this is a case-insensitive unique rule
  password_hash TEXT    NOT NULL,
  bio           TEXT    NOT NULL DEFAULT '',
  image         TEXT    NOT NULL DEFAULT '',
  role          TEXT    NOT NULL DEFAULT 'user' CHECK (role IN ('user', 'admin')),
  created_at    INTEGER NOT NULL,
  updated_at    INTEGER NOT NULL
);

-- "Alice" and "alice" would look like one person in a profile URL, so the second is refused.
CREATE UNIQUE INDEX users_username_lower ON users (lower(username));
