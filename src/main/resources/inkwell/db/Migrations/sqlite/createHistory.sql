-- applied_at is epoch milliseconds: sqlite-jdbc stores a bound Instant that way
CREATE TABLE IF NOT EXISTS schema_migrations (
  version     INTEGER PRIMARY KEY,
  name        TEXT    NOT NULL,
  checksum    TEXT    NOT NULL,
  applied_at  INTEGER NOT NULL,
  duration_ms INTEGER NOT NULL
)
