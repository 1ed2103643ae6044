-- The sitemap's profiles: users with at least one published article, by name, capped by :limit.
-- "Published" is every article today; when drafts arrive their condition is one more line here ("AND NOT a.draft").
SELECT u.username, max(a.updated_at) AS updated_at
FROM users u
JOIN articles a ON a.author_id = u.id
WHERE TRUE
GROUP BY u.id, u.username
ORDER BY u.username
LIMIT :limit
