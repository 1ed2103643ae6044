-- Failed logins per account and per client address, in fixed windows, so a password-guessing run is slowed on
-- every app instance alike. A row only matters until window_end; the housekeeping task deletes it after that.
CREATE TABLE login_failures (
  key         TEXT    PRIMARY KEY,   -- 'account:<email>' or 'address:<ip>'
  failures    INTEGER NOT NULL,
  window_end  TIMESTAMPTZ NOT NULL
);
