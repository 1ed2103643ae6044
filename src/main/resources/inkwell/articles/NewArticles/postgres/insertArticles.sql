-- The articles of one group commit (articles/NewArticles), given as one JSON array of
-- {slug, title, description, body, author, draft}: one statement for any number of them, so the V006 count trigger
-- runs once. A slug already taken inserts nothing (ON CONFLICT), so that row is missing from RETURNING and
-- NewArticles tries another slug.
INSERT INTO articles (slug, title, description, body, author_id, draft, created_at, updated_at)
SELECT r.slug, r.title, r.description, r.body, r.author, r.draft, CAST(:now AS timestamptz), CAST(:now AS timestamptz)
FROM json_to_recordset(CAST(:rows AS json))
     AS r (slug text, title text, description text, body text, author bigint, draft boolean)
ON CONFLICT (slug) DO NOTHING
RETURNING id, slug
