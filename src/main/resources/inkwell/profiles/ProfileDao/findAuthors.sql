-- The sitemap's profiles: users with at least one published article, by name, capped by :limit.
-- Published only: a writer whose every article is a draft has no public trace here.
SELECT u.username, max(a.updated_at) AS updated_at
FROM users u
JOIN articles a ON a.author_id = u.id
WHERE NOT a.draft
GROUP BY u.id, u.username
ORDER BY u.username
LIMIT :limit
