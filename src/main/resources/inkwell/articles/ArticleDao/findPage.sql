-- One page of articles with everything a list shows, so a page costs the same few statements at any size
-- (this one, countMatching, and TagDao.findForArticles). "favorited" and "following" are for :viewerId
-- (NULL when anonymous: the comparisons are then never true).
-- A filter bound to NULL switches itself off; the CASTs give PostgreSQL the NULL's type.
-- Keep the WHERE clause identical to countMatching.sql. Drafts are never listed; "NOT d.draft" is word for word
-- the predicate of articles_created_published (V008), so SQLite can use that partial index.
-- A single ?tag= with no other filter has its own query, findTaggedPage.sql, that reads one index range, and the
-- feed has findFeedPage.sql.
SELECT d.id, d.slug, d.title, d.description, NULL AS body, d.created_at, d.updated_at,
       d.author_id, d.author_username, d.author_bio, d.author_image, d.favorites_count, d.draft,
       EXISTS (SELECT 1 FROM follows f WHERE f.follower_id = :viewerId AND f.followed_id = d.author_id) AS following,
       EXISTS (SELECT 1 FROM favorites fv WHERE fv.user_id = :viewerId AND fv.article_id = d.id) AS favorited
FROM article_details d
WHERE NOT d.draft
  AND (CAST(:author AS TEXT) IS NULL OR lower(d.author_username) = lower(:author))
  AND (CAST(:favoritedBy AS TEXT) IS NULL OR d.id IN (
        SELECT fv.article_id FROM favorites fv JOIN users fu ON fu.id = fv.user_id WHERE lower(fu.username) = lower(:favoritedBy)))
  AND (:anyTag = FALSE OR d.id IN (
        SELECT at.article_id FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE t.name IN (<tagNames>)))
ORDER BY d.created_at DESC, d.id DESC
LIMIT :limit OFFSET :offset
