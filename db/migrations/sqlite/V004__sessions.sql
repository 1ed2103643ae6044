-- A session is one login: the family of access and refresh tokens it gave out, which carry its id as "sid".
-- Revoking it (logout, logout-all, password change, ban, a replayed refresh token) stops every one of those tokens
-- on every app instance at its next request, because the access check reads this table.
CREATE TABLE sessions (
  id            TEXT    PRIMARY KEY,                       -- 128 random bits, base64url
  user_id       INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  refresh_jti   TEXT    NOT NULL,   -- the refresh token that may be used next; rotation replaces it
  previous_jti  TEXT,               -- the one it replaced, and when: reuse a moment later is a race, later a replay
  rotated_at    INTEGER,
  created_at    INTEGER NOT NULL,
  expires_at    INTEGER NOT NULL,   -- the refresh token's absolute expiry; the row is purged after it
  revoked_at    INTEGER
);

-- logout-all and bans revoke every session of a user
CREATE INDEX sessions_user ON sessions (user_id);
-- the purge deletes expired sessions
CREATE INDEX sessions_expires ON sessions (expires_at);
