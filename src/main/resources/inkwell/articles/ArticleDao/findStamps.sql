-- The sitemap's articles: every published one, newest first, capped by :limit (the sitemap protocol's 50,000 URLs).
-- "Published" is every article today; when drafts arrive their condition is one more line here ("AND NOT a.draft").
SELECT a.slug, a.updated_at
FROM articles a
WHERE TRUE
ORDER BY a.created_at DESC, a.id DESC
LIMIT :limit
