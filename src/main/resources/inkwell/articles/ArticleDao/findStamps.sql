-- The sitemap's articles: every published one, newest first, capped by :limit (the sitemap protocol's 50,000 URLs).
-- Published only: "NOT a.draft" word for word, so SQLite can use the partial index articles_created_published (V008).
SELECT a.slug, a.updated_at
FROM articles a
WHERE NOT a.draft
ORDER BY a.created_at DESC, a.id DESC
LIMIT :limit
