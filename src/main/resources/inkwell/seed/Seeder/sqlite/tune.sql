-- A 256 MiB page cache for the seeding connection (SQLite's default is 2 MiB): the slug, author and favorites
-- indexes take rows in random order, and with the cache holding them each insert stops re-reading pages.
-- Only memory, nothing about durability; untune.sql puts the default back.
PRAGMA cache_size = -262144
