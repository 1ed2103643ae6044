-- One page of articles with everything a list shows, so a page costs the same few statements at any size
-- (this one, countMatching, and TagDao.findForArticles). "favorited" and "following" are for :viewerId
-- (NULL when anonymous: the comparisons are then never true).
-- A filter bound to NULL switches itself off; the CASTs give PostgreSQL the NULL's type.
-- Keep the WHERE clause identical to countMatching.sql.
SELECT a.id, a.slug, a.title, a.description, NULL AS body, a.created_at, a.updated_at,
       a.author_id, u.username AS author_username, u.bio AS author_bio, u.image AS author_image,
       EXISTS (SELECT 1 FROM follows f WHERE f.follower_id = :viewerId AND f.followed_id = a.author_id) AS following,
       EXISTS (SELECT 1 FROM favorites fv WHERE fv.user_id = :viewerId AND fv.article_id = a.id) AS favorited,
       (SELECT count(*) FROM favorites fc WHERE fc.article_id = a.id) AS favorites_count
FROM articles a
JOIN users u ON u.id = a.author_id
WHERE (CAST(:author AS TEXT) IS NULL OR u.username = :author)
  AND (CAST(:favoritedBy AS TEXT) IS NULL OR a.id IN (
        SELECT fv.article_id FROM favorites fv JOIN users fu ON fu.id = fv.user_id WHERE fu.username = :favoritedBy))
  AND (:anyTag = FALSE OR a.id IN (
        SELECT at.article_id FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE t.name IN (<tagNames>)))
  AND (CAST(:feedOf AS BIGINT) IS NULL OR a.author_id IN (
        SELECT fo.followed_id FROM follows fo WHERE fo.follower_id = :feedOf))
ORDER BY a.created_at DESC, a.id DESC
LIMIT :limit OFFSET :offset
