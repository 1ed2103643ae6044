-- One page of ?tag=X with no other filter, newest first: one range of the article_tags_tag_newest_published index (V008), read
-- until the page is full, so the cost is the page size whatever the table size or how common the tag is.
-- The columns are findPage.sql's; the order (article_created_at, article_id) is the list's (created_at, id).
SELECT d.id, d.slug, d.title, d.description, NULL AS body, d.created_at, d.updated_at,
       d.author_id, d.author_username, d.author_bio, d.author_image, d.favorites_count, d.draft,
       EXISTS (SELECT 1 FROM follows f WHERE f.follower_id = :viewerId AND f.followed_id = d.author_id) AS following,
       EXISTS (SELECT 1 FROM favorites fv WHERE fv.user_id = :viewerId AND fv.article_id = d.id) AS favorited
FROM article_tags at
JOIN article_details d ON d.id = at.article_id
WHERE at.tag_id = (SELECT t.id FROM tags t WHERE t.name = :tag)
  AND NOT at.draft   -- word for word the predicate of the partial index (V008): drafts are not in it
ORDER BY at.article_created_at DESC, at.article_id DESC
LIMIT :limit OFFSET :offset
