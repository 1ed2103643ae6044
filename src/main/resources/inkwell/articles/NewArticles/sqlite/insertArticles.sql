-- The articles of one group commit (articles/NewArticles), given as one JSON array of
-- {slug, title, description, body, author, draft}: one statement for any number of them. A slug already taken
-- inserts nothing (ON CONFLICT), so that row is missing from RETURNING and NewArticles tries another slug.
-- WHERE true: SQLite's rule for INSERT ... SELECT ... ON CONFLICT (without it, ON would be read as a join's).
INSERT INTO articles (slug, title, description, body, author_id, draft, created_at, updated_at)
SELECT r.value ->> '$.slug', r.value ->> '$.title', r.value ->> '$.description', r.value ->> '$.body',
       r.value ->> '$.author', r.value ->> '$.draft', :now, :now
FROM json_each(:rows) AS r
WHERE true
ON CONFLICT (slug) DO NOTHING
RETURNING id, slug
