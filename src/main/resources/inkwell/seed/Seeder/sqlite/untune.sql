-- Back to SQLite's default (Database.open does not change it) before the connection returns to the pool.
PRAGMA cache_size = -2000
