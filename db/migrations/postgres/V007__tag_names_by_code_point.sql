-- Tag names compare by code point, as SQLite's TEXT does (its BINARY collation), so an article's tagList (sorted by
-- name, TagDao/findForArticles.sql) and GET /api/tags come out in the same order on both databases whatever locale
-- the server was created with: en_US.UTF-8, say, would ignore the hyphen and put "cb" before "c-d".
-- Equality is unchanged (a deterministic collation calls only identical strings equal), so the UNIQUE index,
-- rebuilt by this statement, refuses exactly the names it refused before.
ALTER TABLE tags ALTER COLUMN name SET DATA TYPE TEXT COLLATE "C";
