-- One page of the feed (articles by the authors :viewerId follows), newest first. Driven from the follows: one range
-- of articles_author_created per followed author, so the cost is the followed authors' articles, not the table.
-- (The general findPage walked the newest-first index of all articles until 20 were by followed authors.)
-- The columns are findPage.sql's; "following" is true by definition.
SELECT d.id, d.slug, d.title, d.description, NULL AS body, d.created_at, d.updated_at,
       d.author_id, d.author_username, d.author_bio, d.author_image, d.favorites_count, d.draft,
       TRUE AS following,
       EXISTS (SELECT 1 FROM favorites fv WHERE fv.user_id = :viewerId AND fv.article_id = d.id) AS favorited
FROM follows fo
JOIN article_details d ON d.author_id = fo.followed_id
WHERE fo.follower_id = :viewerId
  AND NOT d.draft
ORDER BY d.created_at DESC, d.id DESC
LIMIT :limit OFFSET :offset
